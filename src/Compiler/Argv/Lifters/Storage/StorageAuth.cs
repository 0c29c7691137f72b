using System.Security.Cryptography;
using System.Text;
using Qconv.Compiler.Argv.Values;

namespace Qconv.Compiler.Argv.Lifters.Storage;

/// <summary>
/// The <c>-object secret</c> a network storage node names with <c>password-secret=</c> belongs to the
/// disk's &lt;auth&gt;, the one a format node names with <c>key-secret=</c> to its &lt;encryption&gt;. Its data is encrypted with libvirt's per-domain master key (qemuBuildSecretInfoProps),
/// so the libvirt secret it came from is not on the command line: &lt;secret uuid=&gt; gets a UUID derived
/// from the object's id (the same id always gives the same UUID, different ids different ones), with a
/// warning to point it at the real secret.
/// </summary>
public static class StorageAuth
{
    public static void UseSecret(PropertyBag p, LiftContext ctx, string key = "password-secret", string element = "<auth>")
    {
        if (p.GetString(key) is { } id && p.GetEntry(key) is { } entry && ctx.Find("object", id) is { } secret)
        {
            secret.Used = true;
            ctx.Warning(LiftCodes.IgnoredProperty, entry.KeySpan, $"the storage secret '{id}' is encrypted with libvirt's master key; {element} names it by the placeholder uuid {PlaceholderUuid(id)}, point it at the libvirt secret");
        }
    }

    /// <summary>An RFC 9562 version 8 (custom) UUID from the SHA-256 of the secret object's id.</summary>
    public static string PlaceholderUuid(string secretId)
    {
        Span<byte> b = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(secretId), b);
        b[6] = (byte)((b[6] & 0x0f) | 0x80);
        b[8] = (byte)((b[8] & 0x3f) | 0x80);
        return new Guid(b[..16], bigEndian: true).ToString();
    }
}
