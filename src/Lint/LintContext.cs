using System.Xml;
using System.Xml.Linq;
using Qconv.Compiler.Caps;
using Qconv.Compiler.Diagnostics;
using Qconv.Lint.Config;
using Qconv.Lint.Rules;

namespace Qconv.Lint;

/// <summary>
/// What a rule sees: the parsed domain (with line info), a few facts every rule asks for
/// (architecture, machine type, virtualization type) and <see cref="Report"/> to add a finding.
/// </summary>
public sealed class LintContext
{
    private readonly List<Diagnostic> _findings;
    private readonly NodePositions _positions;
    private readonly Dictionary<string, List<XElement>> _byName = new(StringComparer.Ordinal);
    private IRule? _current;

    internal LintContext(string file, XElement root, LintConfig config, List<Diagnostic> findings, NodePositions positions, QemuCaps? caps = null)
    {
        _positions = positions;
        File = file;
        Root = root;
        Config = config;
        _findings = findings;
        var type = root.Child("os")?.Child("type");
        Arch = type?.Attr("arch") ?? string.Empty;
        Machine = type?.Attr("machine") ?? string.Empty;
        DomainType = root.Attr("type") ?? string.Empty;
        Devices = root.Child("devices") is { } d ? [.. d.Elements()] : [];
        foreach (var device in Devices)
        {
            var name = device.Name.LocalName;
            if (!_byName.TryGetValue(name, out var list))
            {
                _byName[name] = list = [];
            }

            list.Add(device);
        }

        Emulator = (string?)root.Child("devices")?.Child("emulator");
        TargetGiven = caps is not null;
        Caps = caps is not null && CapsScope.Describes(caps, Arch, Emulator) ? caps : null;
    }

    /// <summary>True when the run names a target QEMU (--caps, --qemu-version), whether or not it describes this guest.</summary>
    public bool TargetGiven { get; }

    /// <summary>devices/emulator, or null when absent.</summary>
    public string? Emulator { get; }

    /// <summary>
    /// The QEMU capabilities given with --caps/--qemu-version, when they describe this guest's
    /// emulator (same architecture, same binary); null otherwise. Rules that depend on what one
    /// QEMU build supports run only when this is set.
    /// </summary>
    public QemuCaps? Caps { get; }

    /// <summary>The path shown in findings.</summary>
    public string File { get; }

    public XElement Root { get; }

    public LintConfig Config { get; }

    /// <summary>os/type/@arch, or empty when absent (libvirt then uses the host's).</summary>
    public string Arch { get; }

    /// <summary>os/type/@machine, or empty when absent (libvirt then uses the default).</summary>
    public string Machine { get; }

    /// <summary>domain/@type: qemu, kvm, hvf, ...</summary>
    public string DomainType { get; }

    /// <summary>The children of &lt;devices&gt;, in document order.</summary>
    public IReadOnlyList<XElement> Devices { get; }

    /// <summary>The devices of one kind (disk, controller, ...), indexed once per file since most rules ask.</summary>
    public IReadOnlyList<XElement> DevicesNamed(string name) => _byName.TryGetValue(name, out var list) ? list : [];

    public bool IsX86 => Arch is "x86_64" or "i686" or "";

    /// <summary>Q35 machines (q35, pc-q35-*): PCIe root, ICH9 chipset.</summary>
    public bool IsQ35 => Machine == "q35" || Machine.StartsWith("pc-q35", StringComparison.Ordinal);

    /// <summary>i440FX machines (pc, pc-i440fx-*, pc-0.x/pc-1.x): conventional PCI root, PIIX3/4.</summary>
    public bool IsI440fx => IsX86 && (Machine is "pc" or "" || Machine.StartsWith("pc-i440fx", StringComparison.Ordinal)
        || (Machine.StartsWith("pc-", StringComparison.Ordinal) && !IsQ35));

    public bool IsPseries => Machine.StartsWith("pseries", StringComparison.Ordinal);

    public bool IsArmVirt => Arch is "aarch64" or "armv7l" or "armv6l" && Machine.StartsWith("virt", StringComparison.Ordinal);

    public bool IsS390 => Arch.StartsWith("s390", StringComparison.Ordinal);

    internal void Run(IRule rule)
    {
        _current = rule;
        rule.Check(this);
        _current = null;
    }

    /// <summary>Adds a finding of the running rule at <paramref name="node"/>.</summary>
    public void Report(XObject node, string message)
    {
        var rule = _current ?? throw new InvalidOperationException("Report outside a rule");
        _findings.Add(new Diagnostic(rule.Id, rule.DefaultSeverity, message, SpanOf(node)) { Help = rule.Fix });
    }

    /// <summary>Where <paramref name="node"/> starts in the file (found on first use; see <see cref="NodePositions"/>).</summary>
    public SourceSpan SpanOf(XObject node) => _positions.SpanOf(node);
}
