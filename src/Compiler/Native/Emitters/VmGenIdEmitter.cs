using Qconv.Compiler.Host;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// The VM generation ID device (qemuBuildVMGenIDCommandLine): lets the guest notice it was
/// cloned or restored from a snapshot. An automatic &lt;genid/&gt; is a random version-4 UUID.
/// </summary>
public sealed class VmGenIdEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var d = ctx.Domain;
        var guid = d.GenId ?? (d.GenIdAuto ? RandomUuid(ctx.Host.RandomBytes(16)) : null);
        if (guid is null)
        {
            return;
        }

        ctx.Add("-device", new JsonProps().Add("driver", "vmgenid").Add("guid", guid).Add("id", "vmgenid0"));
    }

    /// <summary>RFC 4122 version 4 layout over the given random bytes (virUUIDGenerate).</summary>
    public static string RandomUuid(byte[] b)
    {
        b[6] = (byte)((b[6] & 0x0F) | 0x40);
        b[8] = (byte)((b[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(b);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }
}
