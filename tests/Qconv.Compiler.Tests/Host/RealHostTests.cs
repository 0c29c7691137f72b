using System.Text.RegularExpressions;
using Qconv.Compiler.Config;
using Qconv.Compiler.Host;
using Xunit;

namespace Qconv.Compiler.Tests.Host;

public class RealHostTests
{
    private readonly RealHost _host = new(DriverConfig.Default, domainId: 7);

    [Fact]
    public void Directories_follow_the_driver_config()
    {
        Assert.Equal(7, _host.DomainId);
        Assert.Equal("/var/lib/libvirt/qemu/domain-7-vm", _host.LibDir("vm"));
        Assert.Equal("/run/libvirt/qemu/channel/domain-7-vm", _host.ChannelTargetDir("vm"));
        Assert.Equal("/run/libvirt/qemu/swtpm/7-vm-swtpm.sock", _host.TpmEmulatorSocketPath("vm"));
    }

    [Fact]
    public void Environment_starts_with_lc_all_and_ends_with_xdg_dirs()
    {
        var env = _host.BaseEnvironment("vm");
        Assert.Equal(new Qconv.Compiler.Ir.EnvVar("LC_ALL", "C"), env[0]);
        Assert.Equal("/var/lib/libvirt/qemu/domain-7-vm", env.Single(kv => kv.Key == "HOME").Value);
        Assert.Equal(["XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"], env.TakeLast(3).Select(kv => kv.Key));
    }

    [Fact]
    public void Descriptors_are_handed_out_from_three_upwards()
    {
        var host = new RealHost(DriverConfig.Default);
        Assert.Equal(3, host.MonitorFd);
        Assert.Equal(3, host.MonitorFd);
        Assert.Equal(4, host.ListenUnixSocketFd("/x"));
        Assert.Equal([5, 6], host.OpenTap(null, 2).Fds);
        Assert.Equal((7, 8), host.OpenTpmPassthrough("/dev/tpm0"));
        Assert.Null(host.SlirpHelperFd("net0"));
    }

    [Fact]
    public void Random_values_have_the_asked_shape()
    {
        Assert.True(_host.RandomBits(8) < 256);
        Assert.Matches(new Regex("^5001a4a[0-9a-f]{9}$"), _host.GenerateWwn("QEMU"));
        var a = new byte[32];
        var b = new byte[32];
        _host.FillRandomBytes(a);
        _host.FillRandomBytes(b);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Reads_basic_facts_of_this_machine()
    {
        Assert.True(_host.PageSizeBytes >= 4096);
        Assert.True(_host.PathExists("/"));
        Assert.False(_host.PathExists("/nonexistent/qconv"));
        Assert.Null(_host.HugepageSizeKiB("/nonexistent/qconv"));
        Assert.False(_host.IsBlockDevice("/etc/hostname"));
        Assert.Null(_host.SecretValue("../../etc/passwd", null, null));
        Assert.NotEmpty(_host.Arch);
    }
}
