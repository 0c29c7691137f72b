namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// libvirt's CPU map spells a few x86 features differently from QEMU; libvirt translates them when
/// building <c>-cpu</c> (virQEMUCapsCPUFeatureToQEMU, table virQEMUCapsCPUFeaturesX86).
/// </summary>
public static class CpuFeatureNames
{
    private static readonly Dictionary<string, string> X86 = new(StringComparer.Ordinal)
    {
        ["cmp_legacy"] = "cmp-legacy",
        ["ds_cpl"] = "ds-cpl",
        ["fxsr_opt"] = "fxsr-opt",
        ["kvm_pv_eoi"] = "kvm-pv-eoi",
        ["kvm_pv_unhalt"] = "kvm-pv-unhalt",
        ["lahf_lm"] = "lahf-lm",
        ["nodeid_msr"] = "nodeid-msr",
        ["pclmuldq"] = "pclmulqdq",
        ["perfctr_core"] = "perfctr-core",
        ["perfctr_nb"] = "perfctr-nb",
        ["tsc_adjust"] = "tsc-adjust",
    };

    private static readonly Dictionary<string, string> FromQemu = X86.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string ToQemu(string name) => X86.TryGetValue(name, out var q) ? q : name;

    /// <summary>The CPU map's name of a QEMU feature name (the inverse of <see cref="ToQemu"/>).</summary>
    public static string ToLibvirt(string qemuName) => FromQemu.TryGetValue(qemuName, out var l) ? l : qemuName;
}
