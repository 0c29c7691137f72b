using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Smartcards sit in a slot of a CCID controller (virDomainDefMaybeAddSmartcardController): a
/// controller is added for every controller index a card needs, and cards without an address
/// take the next free slot of controller 0.
/// </summary>
public sealed class SmartcardDefaultsPass : IDomainPass
{
    public string Name => "smartcard-defaults";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var devices = domain.Devices.ToList();
        var used = new List<CcidAddress>();
        foreach (var card in devices.OfType<Smartcard>())
        {
            if (card.Info.Address is CcidAddress a)
            {
                used.Add(a);
            }
        }

        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i] is not Smartcard card)
            {
                continue;
            }

            if (card.Info.Address is not CcidAddress addr)
            {
                var slot = 0;
                while (used.Contains(new CcidAddress(0, slot)))
                {
                    slot++;
                }

                addr = new CcidAddress(0, slot);
                used.Add(addr);
                devices[i] = card with { Info = card.Info with { Address = addr } };
            }

            if (!devices.OfType<Controller>().Any(c => c.Type == "ccid" && c.Index == addr.Controller))
            {
                devices.Add(new Controller { Type = "ccid", Index = addr.Controller });
            }
        }

        return domain.WithDevices(devices);
    }
}
