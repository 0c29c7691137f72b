namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-fsdev local|handle,id=ID,path=...</c>: the host side of a 9p export, read by the virtio-9p device
/// that names it (see Devices/FilesystemDeviceLifter).
/// </summary>
public sealed class FsdevLifter() : OptionLifter(LiftPhase.Backends, "fsdev")
{
    public override void Lift(ArgvOption option, LiftContext ctx) => ctx.DefineFromOption("fsdev", option);
}
