using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Storage;

/// <summary>
/// An encrypted image as QEMU opens it (qemuBlockStorageSourceGetFormatProps): a LUKS image in a raw
/// container is a <c>luks</c> format node with <c>key-secret=</c>; a qcow2 (or legacy qcow) image with
/// LUKS (AES) encryption inside carries <c>encrypt: {format, key-secret}</c>. Both are &lt;encryption
/// format='luks|qcow'&gt; on the level's source with a passphrase secret (see <see cref="StorageAuth"/>),
/// and the level's format is then raw for the first.
/// </summary>
public static class StorageEncryption
{
    public static (DiskSource Source, string Format) Apply(DiskSource source, string format, PropertyBag p, LiftContext ctx)
    {
        if (format == "luks" && p.GetString("key-secret") is { } key)
        {
            StorageAuth.UseSecret(p, ctx, "key-secret", "<encryption>");
            return (source with { Encryption = Luks("luks", key) }, "raw");
        }

        if (format is "qcow2" or "qcow" && p.GetObject("encrypt") is { } encrypt && encrypt.GetString("key-secret") is { } secret)
        {
            StorageAuth.UseSecret(encrypt, ctx, "key-secret", "<encryption>");
            var kind = encrypt.GetString("format") == "aes" ? "qcow" : encrypt.GetString("format") ?? "luks";
            return (source with { Encryption = Luks(kind, secret) }, format);
        }

        return (source, format);
    }

    private static DiskEncryption Luks(string format, string secretId) =>
        new(format, null, "passphrase", StorageAuth.PlaceholderUuid(secretId), null);
}
