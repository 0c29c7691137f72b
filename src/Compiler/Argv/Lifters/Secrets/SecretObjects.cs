using System.Security.Cryptography;
using System.Text;
using Qconv.Compiler.Argv.Values;

namespace Qconv.Compiler.Argv.Lifters.Secrets;

/// <summary>
/// The <c>secret</c> objects libvirt passes next to what needs a password (QEMU docs "secret" object;
/// libvirt's qemuBuildSecretInfoProps). Their value is never in domain XML: XML names a libvirt secret
/// by UUID or usage, and the secret driver holds the value. The command line does not say which
/// secret it was, so a reference is made up: a name-based UUID of the object (guest name, object id
/// and encrypted data, which differs per secret as libvirt draws a fresh IV for each), with a
/// warning asking to define that secret. Values domain XML does carry (HTTP cookies) are recovered
/// by decrypting the object with the master key it names, when <see cref="LiftOptions.ReadMasterKey"/>
/// can read that key.
/// </summary>
public static class SecretObjects
{
    /// <summary>Name-space of the made-up secret UUIDs (name-based, SHA-256: RFC 9562 version 8).</summary>
    private static readonly byte[] Namespace = Guid.Parse("0c5a1d2e-7b3f-4e6a-9d8c-51f2a3b4c5d6").ToByteArray(bigEndian: true);

    /// <summary>
    /// The libvirt secret the object named by <paramref name="key"/> of <paramref name="owner"/> stands for, as a
    /// UUID; the object is used up. Null when the property is absent or names no secret object.
    /// </summary>
    public static string? Reference(LiftContext ctx, PropertyBag owner, string key)
    {
        if (Object(ctx, owner, key) is not { } secret)
        {
            return null;
        }

        var uuid = NameUuid($"{ctx.Domain.Name}\n{secret.Id}\n{secret.Properties.GetString("data")}");
        ctx.Warning(
            LiftCodes.SecretReference,
            owner.GetEntry(key)!.Value.Span,
            $"secret object '{secret.Id}': its value is not part of domain XML; referenced as libvirt secret {uuid}, which must be defined (virsh secret-define, secret-set-value) before the guest starts");
        return uuid;
    }

    /// <summary>
    /// The clear value of the secret object <paramref name="key"/> names (used up), or null with a warning
    /// when it cannot be recovered (encrypted with a master key from-native cannot read, or kept in a file).
    /// </summary>
    public static byte[]? Value(LiftContext ctx, PropertyBag owner, string key)
    {
        if (Object(ctx, owner, key) is not { } secret)
        {
            return null;
        }

        var value = Decrypt(ctx, secret.Properties);
        if (value is null)
        {
            ctx.Warning(LiftCodes.SecretReference, owner.GetEntry(key)!.Value.Span, $"secret object '{secret.Id}': its value cannot be recovered without the master key it is encrypted with");
        }

        return value;
    }

    /// <summary>The TLS credentials object <c>tls-creds=</c> names and the secret of its private key belong to the owner.</summary>
    public static void UseTlsCredentials(LiftContext ctx, PropertyBag owner, string key = "tls-creds")
    {
        if (owner.GetString(key) is { } id && ctx.Find("object", id) is { } creds)
        {
            creds.Used = true;
            if (creds.Properties.GetString("passwordid") is { } secret && ctx.Find("object", secret) is { } s)
            {
                s.Used = true;
            }
        }
    }

    private static Backend? Object(LiftContext ctx, PropertyBag owner, string key)
    {
        if (owner.GetString(key) is not { } id || ctx.Resolve("object", id, owner.Get(key)!.Span) is not { } secret
            || secret.Properties.GetString("qom-type") != "secret")
        {
            return null;
        }

        return secret;
    }

    // data is base64 (format=base64) or text; with keyid= it is AES-256-CBC under that secret's value, iv= base64.
    private static byte[]? Decrypt(LiftContext ctx, PropertyBag p)
    {
        if (p.GetString("data") is not { } data)
        {
            return null;
        }

        try
        {
            var bytes = p.GetString("format") == "base64" ? Convert.FromBase64String(data) : Encoding.UTF8.GetBytes(data);
            if (p.GetString("keyid") is not { } keyId)
            {
                return bytes;
            }

            if (ctx.Find("object", keyId)?.Properties.GetString("file") is not { } keyFile || ctx.Options.ReadMasterKey?.Invoke(keyFile) is not { Length: 32 } key
                || p.GetString("iv") is not { } iv)
            {
                return null;
            }

            using var aes = Aes.Create();
            aes.Key = key;
            return aes.DecryptCbc(bytes, Convert.FromBase64String(iv), PaddingMode.PKCS7);
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return null;
        }
    }

    private static string NameUuid(string name)
    {
        var hash = SHA256.HashData([.. Namespace, .. Encoding.UTF8.GetBytes(name)]);
        hash[6] = (byte)((hash[6] & 0x0f) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3f) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }
}
