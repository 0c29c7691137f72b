using Qconv.Compiler.Argv.Lifters;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.FromNative.Libvirt2019;

/// <summary>
/// The converter left the emulator's default CPU model (qemu32 on i686, qemu64 on x86_64) out of
/// &lt;cpu&gt;, and gave KVM guests on x86 the PAE feature.
/// </summary>
public static class CpuDefaults2019
{
    public static Domain Run(Domain domain)
    {
        var arch = domain.Os.Arch;
        if (domain.Cpu is { } cpu && cpu.Model == (arch == "i686" ? "qemu32" : "qemu64") && cpu.Features.IsEmpty)
        {
            cpu = cpu with { Mode = null, Match = null, Check = null, Model = null, Fallback = null };
            domain = domain with { Cpu = cpu == new CpuSettings() ? null : cpu };
        }

        if (domain.VirtType == "kvm" && MachineKind.IsX86(arch) && !domain.Features.Has("pae"))
        {
            var items = domain.Features.Items.Append(NodeBuilder.Element("pae"))
                .OrderBy(f => f.Name switch { "acpi" => 0, "apic" => 1, "pae" => 2, _ => 3 });
            domain = domain with { Features = new FeatureSet(items.ToEquatableArray()) };
        }

        return domain;
    }
}
