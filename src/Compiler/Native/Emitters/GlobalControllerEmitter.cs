using Qconv.Compiler.Ir;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// Controller settings that are QEMU globals (qemuBuildGlobalControllerCommandLine): ACPI hotplug
/// of the i440FX root bus (&lt;controller type='pci' model='pci-root'&gt;&lt;target hotplug=...&gt;).
/// </summary>
public sealed class GlobalControllerEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        foreach (var c in ctx.Domain.DevicesOf<Controller>())
        {
            if (c is { Type: "pci", Model: "pci-root", PciTarget.Hotplug: { } hotplug } && MachineKind.IsI440Fx(ctx.Domain.Os.Machine))
            {
                ctx.Add("-global", $"PIIX4_PM.acpi-root-pci-hotplug={hotplug}");
            }
        }
    }
}
