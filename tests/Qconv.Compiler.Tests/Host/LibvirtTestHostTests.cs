using Qconv.Compiler.Host;
using Qconv.TestSupport;
using Xunit;

namespace Qconv.Compiler.Tests.Host;

public class LibvirtTestHostTests
{
    private readonly LibvirtTestHost _host = new();

    [Fact]
    public void Environment_prefix_matches_the_corpus_expectation()
    {
        // The lines before the binary in an expected command line are exactly libvirt's environment.
        var args = File.ReadAllLines(Path.Combine(RepoPaths.Corpus("libvirt-9.0"), "conv", "genid.x86_64-latest.args"));
        var expected = args.TakeWhile(l => !l.StartsWith('/')).Select(l => l.TrimEnd(' ', '\\')).ToList();
        var got = _host.BaseEnvironment("QEMUGuest1").Select(kv => $"{kv.Key}={kv.Value}").ToList();
        Assert.Equal(expected, got);
    }

    [Fact]
    public void Domain_directories_use_the_short_name()
    {
        Assert.Equal(-1, _host.DomainId);
        Assert.Equal("/tmp/lib/domain--1-QEMUGuest1", _host.LibDir("QEMUGuest1"));
        Assert.Equal("/tmp/lib/domain--1-SomeDummyHugepagesGu", _host.LibDir("SomeDummyHugepagesGuest"));
        Assert.Equal("/tmp/channel/domain--1-QEMUGuest1", _host.ChannelTargetDir("QEMUGuest1"));
    }

    [Fact]
    public void Random_bytes_count_up_from_zero_in_every_request()
    {
        var iv = new byte[16];
        _host.FillRandomBytes(iv);
        Assert.Equal("AAECAwQFBgcICQoLDA0ODw==", Convert.ToBase64String(iv));
        _host.FillRandomBytes(iv.AsSpan(0, 2));
        Assert.Equal([0, 1, 2], iv[..3]);
        Assert.Equal(0x403020100UL, _host.RandomBits(36));
        Assert.Equal(0x0706050403020100UL, _host.RandomBits(64));
        Assert.Equal("5100000403020100", _host.GenerateWwn("QEMU"));
    }

    [Fact]
    public void Descriptors_are_the_mocked_numbers()
    {
        Assert.Equal(1729, _host.MonitorFd);
        Assert.Equal(1729, _host.ListenUnixSocketFd("/tmp/lib/domain--1-x/x.sock"));
        Assert.Equal(1750, _host.ChardevSourceFd("serial0"));
        Assert.Equal(1751, _host.ChardevLogFd("serial0"));
        var tap = _host.OpenTap("vnet%d", 2);
        Assert.Equal("vnet0", tap.Name);
        Assert.Equal([3, 4], tap.Fds);
        Assert.Equal("mytap0", _host.OpenTap("mytap0", 1).Name);
        Assert.True(_host.NetDeviceExists("mytap0"));
        Assert.Equal([44, 45], _host.OpenVhostNet("net0", 2));
        Assert.Equal(6789, _host.OpenVhostVsock());
        Assert.Equal(42, _host.AutoVsockGuestCid());
        Assert.Equal((1730, 1731), _host.OpenTpmPassthrough("/dev/tpm0"));
        Assert.Equal("/dev/test", _host.TpmEmulatorSocketPath("TPM-VM"));
        Assert.Equal(1732, _host.OpenVdpa("/dev/vhost-vdpa-0"));
        Assert.Null(_host.SlirpHelperFd("net0"));
        Assert.Null(_host.FdGroup("testgroup2"));
    }

    [Fact]
    public void Harness_options_switch_on_slirp_fips_and_fd_groups()
    {
        var host = new LibvirtTestHost(new LibvirtTestHostOptions(
            new Dictionary<string, IReadOnlyList<int>> { ["testgroup2"] = [700, 705] }, SlirpHelper: true, FipsHost: true));
        Assert.Equal(42, host.SlirpHelperFd("net0"));
        Assert.True(host.FipsEnabled);
        Assert.Equal([700, 705], host.FdGroup("testgroup2"));
        Assert.False(_host.FipsEnabled);
    }

    [Fact]
    public void Memory_time_and_devices_are_the_harness_facts()
    {
        Assert.Equal(4096, _host.PageSizeBytes);
        Assert.True(_host.NumaAvailable);
        Assert.Equal(2048, _host.HugepageSizeKiB("/dev/hugepages2M"));
        Assert.Equal(1048576, _host.HugepageSizeKiB("/dev/hugepages1G"));
        Assert.Equal(2048, _host.HugepageSizeKiB("/dev/hugepages"));
        Assert.Equal([0, 1, 2, 3], _host.AutoPlacementNodeset());
        Assert.Equal("/dev/dri/foo", _host.DrmRenderNode());
        Assert.Equal(new DateTimeOffset(2009, 2, 13, 23, 31, 30, TimeSpan.Zero), _host.Now);
        Assert.Equal(TimeSpan.FromMinutes(-30), _host.LocalUtcOffset);
        Assert.True(_host.IsCdromDevice("/dev/cdrom"));
        Assert.False(_host.PathExists("/"));
        Assert.Equal("x86_64", _host.Arch);
    }

    [Fact]
    public void Secrets_follow_the_fake_secret_driver()
    {
        Assert.NotNull(_host.SecretValue("6fd3f62d-9fe7-4a4e-a869-7acd6376d8ea", null, null));
        Assert.NotNull(_host.SecretValue(null, "ceph", "mycluster_myname"));
        Assert.NotNull(_host.SecretValue(null, "volume", "/storage/guest_disks/img"));
        Assert.Null(_host.SecretValue(null, "volume", "/elsewhere/img"));
        Assert.Null(_host.SecretValue(null, "iscsi", "someone"));
        Assert.Equal(LibvirtTestHost.SecretText, System.Text.Encoding.ASCII.GetString(_host.SecretValue(null, "ceph", "client.admin secret")!));
    }
}
