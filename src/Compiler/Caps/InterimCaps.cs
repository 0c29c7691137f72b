using System.Xml.Linq;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Caps;

// INTERIM: minimal capability types so the emitters can be developed while the caps branch
// (full reader, profiles) is in progress. Replaced wholesale when that branch merges.
public readonly record struct QemuCap(string Name)
{
    public static readonly QemuCap Blockdev = new("blockdev");
}

public sealed record MachineType(string Name, string? Alias, string VirtType, int MaxCpus, bool IsDefault, bool HotplugCpus, string? DefaultCpuType, string? DefaultRamId, bool Deprecated, bool NumaMemSupported, bool? Acpi);

public sealed class QemuCaps
{
    private readonly HashSet<string> _flags;
    private readonly List<MachineType> _machines;

    public QemuCaps(int version, string arch, IEnumerable<string> flags, IEnumerable<MachineType> machines)
    {
        Version = version;
        Arch = arch;
        _flags = [.. flags];
        _machines = [.. machines];
    }

    public int Version { get; }

    public string Arch { get; }

    public bool Has(QemuCap cap) => _flags.Contains(cap.Name) || (cap.Name == "device" && Version >= 4002000);

    public IReadOnlyList<MachineType> Machines(string virtType) => _machines.Where(m => m.VirtType == virtType).ToList();

    public MachineType? ResolveMachine(string? nameOrAlias, string virtType)
    {
        var list = Machines(virtType);
        if (string.IsNullOrEmpty(nameOrAlias))
        {
            return list.FirstOrDefault(m => m.IsDefault);
        }

        return list.FirstOrDefault(m => m.Name == nameOrAlias) ?? list.FirstOrDefault(m => m.Alias == nameOrAlias);
    }

    public static QemuCaps? Read(string path, DiagnosticBag bag)
    {
        var doc = XDocument.Load(path);
        var root = doc.Root!;
        var machines = root.Elements("machine").Select(m => new MachineType(
            (string)m.Attribute("name")!, (string?)m.Attribute("alias"), (string?)m.Attribute("type") ?? "kvm",
            (int?)m.Attribute("maxCpus") ?? 1, (string?)m.Attribute("default") == "yes", (string?)m.Attribute("hotplugCpus") == "yes",
            (string?)m.Attribute("defaultCPU"), (string?)m.Attribute("defaultRAMid"), (string?)m.Attribute("deprecated") == "yes",
            (string?)m.Attribute("numaMemSupported") == "yes", (string?)m.Attribute("acpi") is { } a ? a == "yes" : null));
        _ = bag;
        return new QemuCaps((int?)root.Element("version") ?? 0, (string?)root.Element("arch") ?? "x86_64",
            root.Elements("flag").Select(f => (string)f.Attribute("name")!), machines);
    }
}
