using System.Collections.Frozen;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// <c>vhost-scsi-pci[-transitional|-non-transitional],wwpn=NAA</c>, the mirror of to-native's VhostScsiProps:
/// the kernel's vhost-scsi target → &lt;hostdev mode='subsystem' type='scsi_host' [model=]&gt;&lt;source
/// protocol='vhost' wwpn=NAA/&gt;. vhostfd= is the /dev/vhost-scsi descriptor libvirt opened: a host fact.
/// </summary>
public sealed class VhostScsiLifter : IDeviceLifter
{
    private static readonly FrozenSet<string> Known = DeviceProps.Understood(["wwpn", "vhostfd"]);

    public IReadOnlyList<string> Drivers { get; } = ["vhost-scsi-pci", "vhost-scsi-pci-transitional", "vhost-scsi-pci-non-transitional"];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        if (p.GetString("wwpn") is not { } wwpn)
        {
            ctx.KeepAsPassthrough(option, "a vhost-scsi device without wwpn= has no domain XML form");
            return;
        }

        ctx.AddDevice(new Hostdev
        {
            Type = "scsi_host",
            Attributes = DiskDeviceLifter.VirtioModel(p.GetString("driver")!) is { } model
                ? new[] { new Attr("model", model) }.ToEquatableArray()
                : EquatableArray<Attr>.Empty,
            SourceNode = NodeBuilder.Element("source", ("protocol", "vhost"), ("wwpn", wwpn)),
            Info = DeviceProps.Info(option, p, ctx),
        });
        ctx.IgnoreProperties(option, p, Known);
    }
}
