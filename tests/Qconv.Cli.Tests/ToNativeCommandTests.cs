using Qconv.TestSupport;
using Xunit;

namespace Qconv.Cli.Tests;

/// <summary>The real qconv process compiling the driver page's examples and reporting bad input.</summary>
public class ToNativeCommandTests
{
    private static string Seed(string name) => Path.Combine(RepoPaths.Shared, "seed-examples", name);

    [Fact]
    public void Demo_compiles_to_the_driver_pages_command_line_under_the_0_10_profile()
    {
        var env = new Dictionary<string, string> { ["PATH"] = "/usr/bin:/bin", ["HOME"] = "/home/test", ["USER"] = "test", ["LOGNAME"] = "test" };
        var r = QconvProcess.Run(["to-native", "--qemu-version", "0.10", "--single-line", Seed("demo.xml")], env: env);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(File.ReadAllText(Seed("demo.to-native.args")), r.StdOut);
    }

    [Theory]
    [InlineData("fedora-i686.xml", "0.10")]
    [InlineData("fedora-i686.xml", "8.0")]
    [InlineData("kvm-demo2.xml", "0.10")]
    [InlineData("kvm-demo2.xml", "8.0")]
    public void The_pages_other_examples_compile(string example, string version)
    {
        var r = QconvProcess.Run(["to-native", "--qemu-version", version, "--host-profile", "libvirt-test", Seed(example)]);
        Assert.True(r.ExitCode == 0, r.StdErr);
        Assert.Contains("qemu", r.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_xml_is_reported_with_file_line_and_column_and_exit_1()
    {
        var file = Path.Combine(Path.GetTempPath(), $"qconv-bad-{Guid.NewGuid():N}.xml");
        File.WriteAllText(file, "<domain type='qemu'>\n  <name>x</name>\n  <memory>1</memory\n</domain>\n");
        try
        {
            var r = QconvProcess.Run(["to-native", file]);
            Assert.Equal(1, r.ExitCode);
            Assert.Contains($"{file}:4:1: error QX0001", r.StdErr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", r.StdErr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Entity_declarations_are_refused()
    {
        var file = Path.Combine(Path.GetTempPath(), $"qconv-dtd-{Guid.NewGuid():N}.xml");
        File.WriteAllText(file, "<?xml version='1.0'?>\n<!DOCTYPE domain [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>\n<domain type='qemu'><name>&x;</name></domain>\n");
        try
        {
            var r = QconvProcess.Run(["to-native", file]);
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("QX0001", r.StdErr, StringComparison.Ordinal);
            Assert.DoesNotContain("root:", r.StdOut + r.StdErr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Unknown_profile_is_an_error()
    {
        var r = QconvProcess.Run(["to-native", "--qemu-version", "1.2.3", Seed("demo.xml")]);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("1.2.3", r.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_prints_libvirt_canonical_xml()
    {
        var r = QconvProcess.Run(["normalize", "--host-profile", "libvirt-test", Seed("demo.xml")]);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("<memory unit='KiB'>", r.StdOut, StringComparison.Ordinal);
        Assert.Contains("<controller type='usb' index='0'", r.StdOut, StringComparison.Ordinal);
    }
}
