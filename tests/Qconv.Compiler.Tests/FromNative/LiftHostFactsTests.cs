using Qconv.Compiler.FromNative;
using Qconv.Compiler.Host;
using Xunit;

namespace Qconv.Compiler.Tests.FromNative;

/// <summary>
/// What from-native learns from the host a command line was built on: libvirt's swtpm socket for the guest
/// (an emulated TPM rather than an external one) and the caller's named descriptor groups (fdgroup=).
/// </summary>
public class LiftHostFactsTests
{
    private const string Head = "/usr/bin/qemu-system-x86_64 -name guest=g -machine pc ";

    private const string Tpm = Head + "-chardev socket,id=chrtpm,path=/dev/test -tpmdev emulator,id=tpm-tpm0,chardev=chrtpm -device tpm-tis,tpmdev=tpm-tpm0,id=tpm0";

    private const string FdDisk = Head
        + "-add-fd set=2,fd=700,opaque=libvirt-1-storage0 -add-fd set=2,fd=705,opaque=libvirt-1-storage1 "
        + "-blockdev '{\"driver\":\"file\",\"filename\":\"/dev/fdset/2\",\"node-name\":\"libvirt-1-storage\"}' "
        + "-blockdev '{\"node-name\":\"libvirt-1-format\",\"driver\":\"qcow2\",\"file\":\"libvirt-1-storage\"}' "
        + "-device virtio-blk-pci,drive=libvirt-1-format,id=virtio-disk0";

    [Fact]
    public void The_hosts_swtpm_socket_is_an_emulated_tpm_and_any_other_socket_an_external_one()
    {
        var onHost = Lift(Tpm, new FromNativeOptions { Host = new LibvirtTestHost() });
        Assert.Contains("<backend type='emulator'/>", onHost, StringComparison.Ordinal);

        var unknownHost = Lift(Tpm, new FromNativeOptions());
        Assert.Contains("<backend type='external'>", unknownHost, StringComparison.Ordinal);
        Assert.Contains("path='/dev/test'", unknownHost, StringComparison.Ordinal);

        var namedByLibvirt = Lift(Tpm.Replace("/dev/test", "/run/libvirt/qemu/swtpm/1-g-swtpm.sock", StringComparison.Ordinal), new FromNativeOptions());
        Assert.Contains("<backend type='emulator'/>", namedByLibvirt, StringComparison.Ordinal);
    }

    [Fact]
    public void An_fd_set_holding_exactly_a_named_groups_descriptors_is_that_group()
    {
        var groups = new Dictionary<string, IReadOnlyList<int>> { ["other"] = [700], ["images"] = [700, 705] };
        var named = Lift(FdDisk, new FromNativeOptions { FdGroups = groups });
        Assert.Contains("<source file='/dev/fdset/2' fdgroup='images'/>", named, StringComparison.Ordinal);
        Assert.DoesNotContain("-add-fd", named, StringComparison.Ordinal);

        // Without a matching group the descriptors stay on the command line as they were.
        var unnamed = Lift(FdDisk, new FromNativeOptions { FdGroups = new Dictionary<string, IReadOnlyList<int>> { ["images"] = [705, 700] } });
        Assert.DoesNotContain("fdgroup=", unnamed, StringComparison.Ordinal);
        Assert.Contains("<qemu:arg value='-add-fd'/>", unnamed, StringComparison.Ordinal);
    }

    private static string Lift(string text, FromNativeOptions options)
    {
        var result = FromNativeCompiler.Compile(text, "t.args", options with { FallbackName = "g" });
        Assert.True(result.Xml is not null, string.Join('\n', result.Diagnostics));
        return result.Xml!;
    }
}
