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
/// Snapshot cases of our own under testdata/to-native/&lt;family&gt;/*.xml, compiled against the 8.0
/// capabilities and libvirt's test host; the command line (or the diagnostics of a rejected
/// case) must match the <c>*.verified.args</c> beside each input.
/// </summary>
public sealed class ToNativeGoldenTests
{
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
        var caps = QemuCaps.Read(Path.Combine(RepoPaths.Corpus("libvirt-9.0"), "caps", "caps_8.0.0.x86_64.xml"), new DiagnosticBag())!;
        var result = ToNativeCompiler.Compile(new CompileRequest(File.ReadAllText(path), Path.GetFileName(path), caps, new DriverConfig(), new LibvirtTestHost()));
        var actual = result.CommandLine is { } cmd
            ? ArgvWriter.Write(cmd)
            : string.Join('\n', result.Diagnostics.Select(d => d.ToString())) + "\n";
        Snapshot.Match(actual, Path.ChangeExtension(path, null) + ".verified.args");
    }
}
