using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// Panic devices (qemuBuildPanicCommandLine): the ISA pvpanic device at its I/O port, or the PCI
/// one. The Hyper-V crash MSRs are a CPU flag (<see cref="CpuEmitter"/>), not a device.
/// </summary>
public sealed class PanicEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        foreach (var panic in ctx.Domain.DevicesOf<Panic>())
        {
            switch (panic.Model ?? "isa")
            {
                case "isa":
                    var isa = new JsonProps().Add("driver", "pvpanic");
                    if (panic.Info.Address is IsaAddress { IoBase: { } port })
                    {
                        isa.Add("ioport", port);
                    }

                    ctx.Add("-device", isa);
                    break;
                case "pvpanic":
                    var pci = new JsonProps().Add("driver", "pvpanic-pci").AddIfNotNull("id", panic.Info.Alias);
                    DeviceAddressProps.Add(pci, panic, ctx.Domain);
                    ctx.Add("-device", pci);
                    break;
            }
        }
    }
}
