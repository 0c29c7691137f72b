namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-tpmdev passthrough|emulator,id=ID,...</c>: the backend of a TPM frontend (<c>-device tpm-tis,tpmdev=ID</c>),
/// which reads it (see <see cref="Devices.TpmDeviceLifter"/>).
/// </summary>
public sealed class TpmdevLifter() : OptionLifter(LiftPhase.Backends, "tpmdev")
{
    public override void Lift(ArgvOption option, LiftContext ctx) => ctx.DefineFromOption("tpmdev", option);
}
