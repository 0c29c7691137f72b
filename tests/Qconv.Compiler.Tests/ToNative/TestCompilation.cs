using Qconv.Compiler.Caps;
using Qconv.Compiler.Config;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.Host;
using Qconv.TestSupport;
using Xunit;

namespace Qconv.Compiler.Tests.ToNative;

/// <summary>The inputs golden tests compile against: libvirt's "latest" caps from ../shared and the libvirt test host.</summary>
internal static class TestCompilation
{
    private static readonly Lazy<QemuCaps> LazyCaps = new(() =>
        QemuCaps.Read(Path.Combine(RepoPaths.Corpus("libvirt-9.0"), "caps", "caps_8.0.0.x86_64.xml"), new DiagnosticBag())
        ?? throw new InvalidOperationException("cannot read the corpus caps"));

    public static QemuCaps LatestCaps => LazyCaps.Value;

    private static readonly Lazy<DriverConfig> LazyConfig = new(() =>
    {
        var bag = new DiagnosticBag();
        var config = QemuConfReader.ReadFile(Path.Combine(RepoPaths.TestData, "to-native", "golden.qemu.conf"), bag);
        return bag.HasErrors ? throw new InvalidOperationException(string.Join('\n', bag)) : config;
    });

    public static DriverConfig Config => LazyConfig.Value;

    /// <summary>The libvirt test host, with the corpus harness's firmware descriptors mapped in.</summary>
    public static IHost Host => new LibvirtTestHost(new LibvirtTestHostOptions(
        PathPrefixes: LibvirtTestHost.HarnessPathPrefixes(Path.Combine(RepoPaths.Corpus("libvirt-9.0"), "harness"))));

    /// <summary>All *.xml below a testdata folder (excluding *.verified.*), relative paths for theory data.</summary>
    public static TheoryData<string> Cases(string folder)
    {
        var data = new TheoryData<string>();
        var root = Path.Combine(RepoPaths.TestData, folder);
        if (!Directory.Exists(root))
        {
            return data;
        }

        foreach (var f in Directory.EnumerateFiles(root, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!f.Contains(".verified.", StringComparison.Ordinal) && !f.Contains(".actual.", StringComparison.Ordinal))
            {
                data.Add(Path.GetRelativePath(root, f));
            }
        }

        return data;
    }
}
