using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// Keeps a <c>-cpu</c> property domain XML has no form for in &lt;qemu:commandline&gt;, without
/// giving up the rest of the option. QEMU turns every <c>prop=value</c> after the model into a global
/// property of the model's CPU type (x86_cpu_parse_featurestr / cpu_common_parse_features register
/// <c>TYPE.prop=value</c> with qdev_prop_register_global), so on x86, where the type name is plainly
/// MODEL-x86_64-cpu (MODEL-i386-cpu for qemu-system-i386), the property is kept as the equivalent
/// <c>-global TYPE.prop=value</c>. Other targets spell their CPU types with aliases and versions, so
/// there the whole <c>-cpu</c> option is kept: QEMU uses the last <c>-cpu</c>, which is this one.
/// </summary>
public static class CpuPropertyPassthrough
{
    public static void Keep(LiftContext ctx, ArgvOption option, string model, CpuProperty p, string reason)
    {
        if (CpuType(ctx.Domain.Os.Arch, model) is { } type)
        {
            ctx.KeepAsPassthrough(p.Entry.Span, ["-global", $"{type}.{p.Written}={p.Value}"], $"-cpu {p.Written}={p.Value}: {reason}, written as -global {type}.{p.Written}");
            return;
        }

        var state = ctx.State<KeptOptions>();
        if (state.Options.Add(option))
        {
            ctx.KeepAsPassthrough(option, $"{p.Written}={p.Value}: {reason}, so the whole option is kept (QEMU uses the last -cpu)");
        }
    }

    // The x86 CPU type names (X86_CPU_TYPE_NAME: MODEL "-" TYPE_X86_CPU); '.' would end -global's driver part.
    private static string? CpuType(string? arch, string model) =>
        MachineKind.IsX86(arch) && !model.Contains('.', StringComparison.Ordinal) && model.Length > 0
            ? model + (arch == "i686" ? "-i386-cpu" : "-x86_64-cpu")
            : null;

    private sealed class KeptOptions
    {
        public HashSet<ArgvOption> Options { get; } = new(ReferenceEqualityComparer.Instance);
    }
}
