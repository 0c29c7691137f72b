using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Legacy;

/// <summary>
/// Network cards on QEMU's VLAN model: <c>-net nic,macaddr=...,vlan=N[,model=M]</c> paired with a
/// backend <c>-net user|tap,...,vlan=N</c>; <c>-net none</c> when the guest has no interface.
/// </summary>
public sealed class LegacyNetEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var nics = ctx.Domain.Devices.Where(d => d.ElementName == "interface").ToList();
        if (nics.Count == 0)
        {
            ctx.Add("-net", "none");
            return;
        }

        for (var vlan = 0; vlan < nics.Count; vlan++)
        {
            if (nics[vlan] is not Ir.ILegacyNic nic)
            {
                ctx.Error("QC0101", nics[vlan].Info, "this interface cannot be expressed with the legacy -net syntax");
                continue;
            }

            var card = new KeyValueWriter("nic");
            if (nic.MacAddress is { } mac)
            {
                card.Add("macaddr", mac);
            }

            card.Add("vlan", vlan);
            if (nic.ModelName is { } model)
            {
                card.Add("model", model);
            }

            ctx.Add("-net", card);
            var backend = new KeyValueWriter(nic.LegacyBackend);
            foreach (var (k, v) in nic.LegacyBackendOptions)
            {
                backend.Add(k, v);
            }

            backend.Add("vlan", vlan);
            ctx.Add("-net", backend);
        }
    }
}
