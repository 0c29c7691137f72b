using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// Smartcards (qemuBuildSmartcardCommandLine): a ccid-card-emulated device for host/host-certificates
/// mode, or a chardev plus ccid-card-passthru for passthrough, on the bus of its CCID controller (<c>ALIAS.0</c>).
/// </summary>
public sealed class SmartcardEmitter : IArgEmitter
{
    /// <summary>libvirt's default NSS database for host-certificates mode.</summary>
    private const string DefaultDatabase = "/etc/pki/nssdb";

    public void Emit(EmitContext ctx)
    {
        var cards = ctx.Domain.DevicesOf<Smartcard>().ToList();
        if (cards.Count > 1)
        {
            ctx.Error("QC0430", cards[1].Info, "this QEMU binary lacks multiple smartcard support");
            return;
        }

        foreach (var card in cards)
        {
            var alias = card.Info.Alias ?? "smartcard0";
            var bus = DeviceAddressProps.ControllerBus("ccid", (card.Info.Address as CcidAddress)?.Controller ?? 0, ctx.Domain);
            JsonProps props;
            switch (card.Mode)
            {
                case "host":
                    props = new JsonProps().Add("driver", "ccid-card-emulated").Add("backend", "nss-emulated");
                    break;
                case "host-certificates":
                    props = new JsonProps().Add("driver", "ccid-card-emulated").Add("backend", "certificates");
                    for (var i = 0; i < card.Certificates.Count; i++)
                    {
                        props.Add($"cert{i + 1}", card.Certificates[i]);
                    }

                    props.Add("db", card.Database ?? DefaultDatabase);
                    break;
                default:
                    ChardevBackend.Emit(ctx, card.Source!, "char" + alias, card);
                    props = new JsonProps().Add("driver", "ccid-card-passthru").Add("chardev", "char" + alias);
                    break;
            }

            ctx.Add("-device", props.Add("id", alias).Add("bus", bus));
        }
    }
}
