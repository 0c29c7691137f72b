using Qconv.Compiler.Caps;
using Qconv.Compiler.Config;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.Host;
using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.ToNative;
using Qconv.TestSupport;
using Xunit;

namespace Qconv.Compiler.Tests.ToNative;

/// <summary>
/// Snapshot tests of <c>to-native</c>: every testdata/to-native/**/NAME.xml is compiled against the
/// 8.0 capabilities and the libvirt test host, and compared with NAME.verified.args (or, when the
/// XML must be rejected, with the diagnostics in NAME.verified.err).
/// </summary>
public sealed class ToNativeGoldenTests
{
    private static readonly Lazy<QemuCaps> Caps = new(() =>
        QemuCaps.Read(Path.Combine(RepoPaths.Corpus("libvirt-9.0"), "caps", "caps_8.0.0.x86_64.xml"), new DiagnosticBag())!);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        var root = Path.Combine(RepoPaths.TestData, "to-native");
        foreach (var file in Directory.EnumerateFiles(root, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compiles_like_libvirt(string relativePath)
    {
        var path = Path.Combine(RepoPaths.TestData, "to-native", relativePath);
        var result = ToNativeCompiler.Compile(new CompileRequest(File.ReadAllText(path), Path.GetFileName(path), Caps.Value, new DriverConfig(), new LibvirtTestHost()));
        var stem = path[..^".xml".Length];
        if (result.CommandLine is { } cmd)
        {
            Snapshot.Match(ArgvWriter.Write(cmd), stem + ".verified.args");
        }
        else
        {
            Snapshot.Match(string.Join('\n', result.Diagnostics.Select(d => $"{d.Code}: {d.Message}")) + "\n", stem + ".verified.err");
        }
    }
}
