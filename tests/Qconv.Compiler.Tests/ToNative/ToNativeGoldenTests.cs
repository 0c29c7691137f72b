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
/// Golden tests: every testdata/to-native/**/*.xml is compiled against the 8.0 capabilities and
/// the libvirt test host; the command line (or, for rejected input, the diagnostics) must match
/// the <c>.verified.args</c> beside it.
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
    public void Compiles_to_the_verified_command_line(string relativePath)
    {
        var path = Path.Combine(RepoPaths.TestData, "to-native", relativePath);
        var host = new LibvirtTestHost(Path.Combine(RepoPaths.Corpus("libvirt-9.0"), "harness", "qemufirmwaredata"));
        var result = ToNativeCompiler.Compile(new CompileRequest(File.ReadAllText(path), Path.GetFileName(path), Caps.Value, new DriverConfig(), host));
        var actual = result.CommandLine is { } cmd
            ? ArgvWriter.Write(cmd)
            : string.Join('\n', result.Diagnostics.Select(d => $"{d.Severity} {d.Code}: {d.Message}")) + "\n";
        Snapshot.Match(actual, Path.ChangeExtension(path, ".verified.args"));
    }
}
