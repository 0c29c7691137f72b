namespace Qconv.Compiler.Native.Legacy;

/// <summary><c>-boot</c> with QEMU's drive letters: a = floppy, c = disk, d = cdrom, n = network.</summary>
public sealed class LegacyBootEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var letters = string.Concat(ctx.Domain.Os.BootDevices.Select(b => b switch
        {
            "fd" => "a",
            "cdrom" => "d",
            "network" => "n",
            _ => "c",
        }));
        ctx.Add("-boot", letters.Length == 0 ? "c" : letters);
    }
}
