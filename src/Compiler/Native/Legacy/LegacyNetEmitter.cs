using System.Globalization;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Legacy;

/// <summary>
/// Network cards on QEMU's VLAN model: <c>-net nic,macaddr=...,vlan=N[,model=M]</c> paired with a
/// backend <c>-net user|tap,...,vlan=N</c>; <c>-net none</c> when the guest has no interface.
/// Bridged and virtual-network interfaces get a tap device libvirt opened (<c>fd=N</c>).
/// </summary>
public sealed class LegacyNetEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var nics = ctx.Domain.DevicesOf<Interface>().ToList();
        if (nics.Count == 0)
        {
            ctx.Add("-net", "none");
            return;
        }

        for (var vlan = 0; vlan < nics.Count; vlan++)
        {
            var nic = nics[vlan];
            var card = new KeyValueWriter("nic");
            if (nic.Mac is { } mac)
            {
                card.Add("macaddr", mac);
            }

            card.Add("vlan", vlan);
            if (nic.Model is { } model)
            {
                card.Add("model", model);
            }

            var backend = Backend(ctx, nic);
            if (backend is null)
            {
                ctx.Error("QC0101", nic.Info, $"interface type '{nic.Type}' cannot be expressed with the legacy -net syntax");
                continue;
            }

            ctx.Add("-net", card);
            ctx.Add("-net", backend.Add("vlan", vlan));
        }
    }

    private static KeyValueWriter? Backend(EmitContext ctx, Interface nic) => nic.Type switch
    {
        "user" => new KeyValueWriter("user"),
        "network" or "bridge" => new KeyValueWriter("tap").Add("fd", ctx.Host.OpenTap(nic.TargetDev, 1).Fds[0].ToString(CultureInfo.InvariantCulture)),
        "ethernet" => new KeyValueWriter("tap").AddIfNotNull("ifname", nic.TargetDev).Add("script", nic.Script ?? string.Empty),
        _ => null,
    };
}
