using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Boot order checks (virDomainDefParseBootXML, virDomainDeviceBootParseXML): per-device
/// &lt;boot order&gt; excludes &lt;os&gt;&lt;boot dev&gt;, and no two devices share an order.
/// </summary>
public sealed class BootOrderValidatePass : IDomainPass
{
    public string Name => "boot-order-validate";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        // A list, not a HashSet<int>: a handful of entries, and no start-up JIT work (ReadyToRun).
        var seen = new List<int>();
        foreach (var d in domain.Devices)
        {
            if (d.Info.BootOrder is not { } order)
            {
                continue;
            }

            if (domain.Os.BootDevices.Count > 0)
            {
                ctx.Error("QC0130", d.Info, "per-device boot elements cannot be used together with os/boot elements");
                break;
            }

            if (seen.Contains(order))
            {
                ctx.Error("QC0131", d.Info, $"boot order '{order}' used for more than one device");
            }
            else
            {
                seen.Add(order);
            }
        }

        return domain;
    }
}
