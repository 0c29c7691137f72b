using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// The &lt;cpu mode&gt; a <c>-cpu</c> model stands for (qemuBuildCpuModelArgStr, inverted):
/// <c>max</c> is mode='maximum', a named model mode='custom' (match='exact', fallback='forbid', as
/// libvirt stores it), and <c>host</c> is host-passthrough, or host-model when that could not be
/// expanded to a named model (to-native writes it so; libvirt does when it has no host CPU model).
/// <para>
/// Telling the two apart: libvirt gives an x86 host-passthrough CPU migratable='on' by default when
/// QEMU has the host CPU's <c>migratable</c> property (qemuDomainDefCPUPostParse, since libvirt 6.5)
/// and then always writes <c>host,migratable=on|off</c>. A command line with JSON <c>-object</c> or
/// <c>-device</c> comes from a later libvirt (JSON there needs QEMU 6.0 or later, all of which have
/// the property), so a bare <c>host</c> in it is host-model. Older command lines, and other
/// architectures (libvirt probes the property on x86 only), keep host-passthrough.
/// </para>
/// </summary>
public static class CpuMode
{
    public static CpuSettings Lift(CpuSettings cpu, string model, IReadOnlyList<CpuProperty> props, LiftContext ctx)
    {
        var migratable = props.LastOrDefault(p => p.Name == "migratable" && p.On is not null)?.On;
        var mig = migratable is { } m ? (m ? "on" : "off") : null;
        return model switch
        {
            "host" when mig is null && MachineKind.IsX86(ctx.Domain.Os.Arch) && WritesMigratable(ctx.CommandLine) =>
                cpu with { Mode = "host-model", Check = "partial" },
            "host" => cpu with { Mode = "host-passthrough", Check = "none", Migratable = mig },
            "max" => cpu with { Mode = "maximum", Check = "none", Migratable = mig },
            _ => cpu with { Mode = "custom", Match = "exact", Check = "none", Model = model, Fallback = "forbid" },
        };
    }

    /// <summary>Whether the command line comes from a libvirt that writes <c>migratable=</c> for host-passthrough.</summary>
    private static bool WritesMigratable(ArgvCommandLine commandLine) =>
        commandLine.Options.Any(o => o.Name is "object" or "device" && o.Properties?.Source == PropertySource.Json);
}
