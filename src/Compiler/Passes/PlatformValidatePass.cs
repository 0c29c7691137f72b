using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Emitters;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Machine-level checks libvirt makes before starting a guest (qemuValidateDomainDef,
/// qemuValidateDomainDefFeatures): the emulator must support the guest architecture; an SMM TSEG
/// size needs a Q35 machine, whole MiB and QEMU support.
/// </summary>
public sealed class PlatformValidatePass : IDomainPass
{
    public string Name => "platform-validate";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var arch = domain.Os.Arch;
        var emulatorArch = ctx.Caps.Arch;
        if (arch is not null && arch != emulatorArch && !(emulatorArch == "x86_64" && arch == "i686"))
        {
            ctx.Error("QC0220", domain.Os.Span, $"Emulator '{domain.Emulator ?? "qemu-system-" + emulatorArch}' does not support arch '{arch}'");
            return domain;
        }

        if (domain.Features.Get("smm")?.Child("tseg") is { } tseg)
        {
            if (!MachineKind.IsQ35(domain.Os.Machine))
            {
                ctx.Error("QC0221", domain.Span, "SMM TSEG is only supported with q35 machine type");
            }
            else if (MachineEmitter.TsegMiB(tseg) is null)
            {
                ctx.Error("QC0222", domain.Span, "SMM TSEG size must be divisible by 1 MiB");
            }
            else if (!ctx.Caps.Has(new Caps.QemuCap("mch.extended-tseg-mbytes")))
            {
                ctx.Error("QC0223", domain.Span, "Setting TSEG size is not supported with this QEMU binary");
            }
        }

        return domain;
    }
}
