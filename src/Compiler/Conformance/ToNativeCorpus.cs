using Qconv.Compiler.Caps;
using Qconv.Compiler.Config;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Conformance;

/// <summary>
/// libvirt's QEMU command-line test suite as laid out in the shared corpus: <c>conv/MANIFEST.tsv</c> (one
/// row per case), <c>conv/NAME.xml</c> and its expectation, optional <c>conv/NAME.qemu.conf</c>,
/// <c>base.qemu.conf</c> (settings of every case), <c>caps/caps_8.0.0.x86_64.xml</c> (the "latest"
/// capabilities) and <c>harness/</c> (firmware and vhost-user descriptors the harness maps onto the host).
/// This is test-harness code: it reads expected files; the compiler never does.
/// </summary>
public sealed class ToNativeCorpus
{
    /// <summary>The capability file libvirt 9.0's suite means by "latest" on x86_64.</summary>
    public const string LatestCapsFile = "caps_8.0.0.x86_64.xml";

    private ToNativeCorpus(string dir, IReadOnlyList<ToNativeCase> cases, DriverConfig baseConfig, QemuCaps latestCaps, string? harnessDir)
    {
        Directory = dir;
        Cases = cases;
        BaseConfig = baseConfig;
        LatestCaps = latestCaps;
        HarnessDir = harnessDir;
    }

    public string Directory { get; }

    public IReadOnlyList<ToNativeCase> Cases { get; }

    /// <summary>libvirt's defaults plus base.qemu.conf.</summary>
    public DriverConfig BaseConfig { get; }

    /// <summary>The latest caps with machine aliases stripped, as the harness prepares them for "latest" runs.</summary>
    public QemuCaps LatestCaps { get; }

    public string? HarnessDir { get; }

    /// <summary>Loads the corpus rooted at <paramref name="dir"/>; null when its manifest, base config or caps are unusable.</summary>
    public static ToNativeCorpus? Load(string dir, DiagnosticBag bag)
    {
        var errors = bag.Count(d => d.Severity == Severity.Error);
        var conv = Path.Combine(dir, "conv");
        var manifest = Path.Combine(conv, "MANIFEST.tsv");
        if (!File.Exists(manifest))
        {
            bag.Error(HarnessCodes.Manifest, SourceSpan.WholeFile(manifest), "no to-native manifest (expected conv/MANIFEST.tsv under the corpus directory)");
            return null;
        }

        var baseConfPath = Path.Combine(dir, "base.qemu.conf");
        var baseConfig = File.Exists(baseConfPath) ? QemuConfReader.ReadFile(baseConfPath, bag) : DriverConfig.Default;
        var caps = CapsFileReader.Read(Path.Combine(dir, "caps", LatestCapsFile), bag);
        var cases = ManifestReader.Read(manifest, conv, bag);
        var harness = Path.Combine(dir, "harness");
        if (caps is null || bag.Count(d => d.Severity == Severity.Error) > errors)
        {
            return null;
        }

        return new ToNativeCorpus(dir, cases, baseConfig, caps.StripMachineAliases(), System.IO.Directory.Exists(harness) ? harness : null);
    }

    /// <summary>
    /// Builds what the compiler gets for one case: the XML text, the case's caps and config, the harness
    /// host. The case's qemu.conf is layered on base.qemu.conf; without one, the manifest's overrides are.
    /// </summary>
    /// <summary>
    /// <see cref="PrepareInput(ToNativeCase, DiagnosticBag)"/> for a runner: the input, or the case's
    /// <see cref="CaseStatus.Error"/> verdict when its files are unreadable or its configuration invalid.
    /// </summary>
    public (ToNativeCaseInput? Input, CaseResult? Error) TryPrepare(ToNativeCase c)
    {
        var bag = new DiagnosticBag();
        ToNativeCaseInput input;
        try
        {
            input = PrepareInput(c, bag);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new CaseResult(c, CaseStatus.Error, "harness: unreadable case input", e.Message));
        }

        return bag.FirstOrDefault(d => d.Severity == Severity.Error) is { } prep
            ? (null, new CaseResult(c, CaseStatus.Error, "harness: invalid case configuration", prep.ToString()))
            : (input, null);
    }

    public ToNativeCaseInput PrepareInput(ToNativeCase c, DiagnosticBag bag)
    {
        var config = c.CaseConfPath is { } conf
            ? QemuConfReader.ReadFile(conf, bag, BaseConfig)
            : QemuConfReader.ApplyOverrides(BaseConfig, c.Overrides, bag, $"MANIFEST.tsv:{c.ManifestLine}");
        return new ToNativeCaseInput(
            c,
            c.XmlPath,
            File.ReadAllText(c.XmlPath),
            c.Harness.ApplyTo(LatestCaps),
            config,
            c.Harness.CreateHost(HarnessDir),
            c.Harness);
    }
}
