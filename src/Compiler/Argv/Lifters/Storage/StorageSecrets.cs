using System.Text;
using Qconv.Compiler.Argv.Lifters.Secrets;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Storage;

/// <summary>
/// The secrets of a storage chain level (libvirt's qemuBlockStorageSourceGetBackendProps and
/// qemuBlockStorageSourceGetFormatProps in reverse): the protocol node's login (iSCSI/curl
/// <c>user</c>/<c>username</c> with <c>password-secret</c>, rbd <c>user</c> with <c>key-secret</c>) is
/// &lt;auth&gt;, its <c>cookie-secret</c> the &lt;cookies&gt; it encrypts; the format node's LUKS key
/// (a <c>luks</c> driver over raw data, or qcow2's <c>encrypt</c>) is &lt;encryption&gt;.
/// </summary>
public static class StorageSecrets
{
    public static DiskSource WithAuth(LiftContext ctx, PropertyBag storage, DiskSource source)
    {
        var driver = storage.GetString("driver");
        var (userKey, secretKey) = driver switch
        {
            "iscsi" => ("user", "password-secret"),
            "rbd" => ("user", "key-secret"),
            "http" or "https" or "ftp" or "ftps" => ("username", "password-secret"),
            _ => (null, null),
        };
        if (secretKey is not null && storage.Contains(secretKey))
        {
            // libvirt looks the secret up with usage type ceph for rbd and iscsi for the others (qemuDomainSecretStorageSourcePrepareAuth).
            var uuid = SecretObjects.Reference(ctx, storage, secretKey);
            source = source with { Auth = new DiskAuth(storage.GetString(userKey!), driver == "rbd" ? "ceph" : "iscsi", null, uuid) };
        }

        if (storage.Contains("cookie-secret") && SecretObjects.Value(ctx, storage, "cookie-secret") is { } cookies)
        {
            source = source with { Network = source.Network with { Cookies = Cookies(Encoding.UTF8.GetString(cookies)) } };
        }

        return source;
    }

    /// <summary>The level's encryption and the format its XML driver names (LUKS over raw data is format raw).</summary>
    public static (DiskSource Source, string Format) WithEncryption(LiftContext ctx, PropertyBag format, DiskSource source, string driver)
    {
        if (driver == "luks" && format.Contains("key-secret"))
        {
            return (source with { Encryption = Passphrase("luks", SecretObjects.Reference(ctx, format, "key-secret")) }, "raw");
        }

        if (format.GetObject("encrypt") is { } encrypt && encrypt.Contains("key-secret"))
        {
            // qcow2's legacy AES encryption is <encryption format='qcow'>.
            var kind = encrypt.GetString("format") is "aes" ? "qcow" : encrypt.GetString("format") ?? "luks";
            return (source with { Encryption = Passphrase(kind, SecretObjects.Reference(ctx, encrypt, "key-secret")) }, driver);
        }

        return (source, driver);
    }

    private static DiskEncryption Passphrase(string format, string? uuid) => new(format, null, "passphrase", uuid, null);

    // The cookie header libvirt builds: NAME=VALUE pairs joined with "; " (qemuBlockStorageSourceGetCookieString).
    private static EquatableArray<Attr> Cookies(string header) =>
        header.Split("; ", StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.Split('=', 2))
            .Select(kv => new Attr(kv[0], kv.Length > 1 ? kv[1] : string.Empty))
            .ToEquatableArray();
}
