using System.Globalization;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// The <c>-machine</c> properties libvirt derives from &lt;features&gt;, &lt;clock&gt; and
/// &lt;launchSecurity&gt; (qemuBuildMachineCommandLine in reverse, the mirror of to-native's MachineEmitter):
/// <c>kernel_irqchip=split|on</c> → &lt;ioapic driver='qemu|kvm'&gt;, <c>hpet=on|off</c> → the hpet
/// &lt;timer present&gt;, <c>confidential-guest-support=ID</c> → &lt;launchSecurity&gt; read from the
/// sev-guest object it names.
/// </summary>
public static class MachinePlatformProps
{
    public static readonly string[] Keys = ["kernel_irqchip", "hpet", "confidential-guest-support"];

    public static void Lift(LiftContext ctx, PropertyBag p)
    {
        switch (p.GetString("kernel_irqchip"))
        {
            case "split":
                Features.Set(ctx, NodeBuilder.Element("ioapic", ("driver", "qemu")));
                break;
            case "on" or "true" or "yes":
                Features.Set(ctx, NodeBuilder.Element("ioapic", ("driver", "kvm")));
                break;
        }

        if (p.GetBool("hpet") is { } hpet)
        {
            ClockTimers.Set(ctx, ClockTimers.Get(ctx, "hpet") with { Present = hpet });
        }

        if (p.GetEntry("confidential-guest-support") is { } cgs && p.GetString("confidential-guest-support") is { } id
            && ctx.Resolve("object", id, cgs.Value.Span) is { } obj)
        {
            LaunchSecurity(ctx, obj);
        }
    }

    /// <summary>
    /// An AMD SEV guest (qemuBuildSEVCommandLine in reverse). libvirt writes the owner's DH certificate
    /// and session blob to files it names in the object; their contents are not on the command line, so
    /// the elements are kept empty with a warning.
    /// </summary>
    private static void LaunchSecurity(LiftContext ctx, Backend obj)
    {
        var p = obj.Properties;
        if (p.GetString("qom-type") != "sev-guest")
        {
            ctx.KeepAsPassthrough(obj.Option, $"confidential guest object '{p.GetString("qom-type")}' has no launchSecurity form qconv knows");
            return;
        }

        var children = new List<GenericNode>();
        foreach (var (prop, element) in (ReadOnlySpan<(string, string)>)[("cbitpos", "cbitpos"), ("reduced-phys-bits", "reducedPhysBits")])
        {
            if (p.GetInt64(prop) is { } n)
            {
                children.Add(NodeBuilder.Text(element, n.ToString(CultureInfo.InvariantCulture)));
            }
        }

        if (p.GetInt64("policy") is { } policy)
        {
            // libvirt formats the policy as 0x%04x.
            children.Add(NodeBuilder.Text("policy", "0x" + policy.ToString("x4", CultureInfo.InvariantCulture)));
        }

        foreach (var (prop, element) in (ReadOnlySpan<(string, string)>)[("dh-cert-file", "dhCert"), ("session-file", "session")])
        {
            if (p.GetEntry(prop) is { } file)
            {
                children.Add(NodeBuilder.Text(element, string.Empty));
                ctx.Warning(LiftCodes.IgnoredProperty, file.KeySpan, $"-object sev-guest: the contents of {prop} are not on the command line; <{element}> is left empty");
            }
        }

        var hashes = p.GetBool("kernel-hashes") is { } kh ? (kh ? "yes" : "no") : null;
        var node = NodeBuilder.Element("launchSecurity", [("type", "sev"), ("kernelHashes", hashes)], [.. children]);
        ctx.Domain = ctx.Domain with { Extras = ctx.Domain.Extras.Where(e => e.Name != "launchSecurity").Append(node).ToEquatableArray() };
        ctx.IgnoreProperties(obj.Option, p, "qom-type", "id", "cbitpos", "reduced-phys-bits", "policy", "dh-cert-file", "session-file", "kernel-hashes");
    }
}
