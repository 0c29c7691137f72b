using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// PCI host devices through VFIO (qemuBuildPCIHostdevDevProps): vfio-pci with the host address,
/// alias, boot index, guest PCI address and ROM BAR settings.
/// </summary>
public sealed class HostdevEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var boot = BootIndexes.For(ctx.Domain);
        foreach (var hostdev in ctx.Domain.DevicesOf<Hostdev>())
        {
            if (hostdev.Type != "pci" || hostdev.PciSource is not { } host || hostdev.IsUnassigned)
            {
                continue;
            }

            var props = new JsonProps()
                .Add("driver", "vfio-pci")
                .Add("host", PciAddressPass.Format(host))
                .AddIfNotNull("id", hostdev.Info.Alias);
            if (boot.TryGetValue(hostdev, out var bootIndex))
            {
                props.Add("bootindex", bootIndex);
            }

            DeviceAddressProps.Add(props, hostdev, ctx.Domain);
            if (hostdev.RomBar is { } bar)
            {
                props.Add("rombar", bar ? 1 : 0);
            }

            props.AddIfNotNull("romfile", hostdev.RomFile);
            ctx.Add("-device", props);
        }
    }
}
