using Qconv.Compiler.Config;
using Qconv.Compiler.Diagnostics;
using Qconv.TestSupport;
using Xunit;

namespace Qconv.Compiler.Tests.Config;

public class QemuConfReaderTests
{
    private static string Sample(string name) => Path.Combine(RepoPaths.TestData, "qemu.conf", name);

    [Fact]
    public void Defaults_are_libvirts()
    {
        var c = DriverConfig.Default;
        Assert.Equal("/etc/pki/qemu", c.DefaultTlsX509CertDir);
        Assert.Equal("127.0.0.1", c.VncListen);
        Assert.Equal("127.0.0.1", c.SpiceListen);
        Assert.Equal(-1, c.SeccompSandbox);
        Assert.True(c.DynamicOwnership);
        Assert.True(c.SecurityDefaultConfined);
        Assert.Equal("logd", c.StdioHandler);
        Assert.Equal(["mount"], c.Namespaces);
        Assert.Contains("/dev/kvm", c.CgroupDeviceAcl);
        Assert.Equal("/var/lib/libvirt/qemu/ram", c.MemoryBackingDir);
        Assert.Equal("/run/libvirt/qemu/channel", c.ChannelTargetDir);
        Assert.Null(c.HugetlbfsMount);
    }

    [Fact]
    public void Reads_every_value_form()
    {
        var bag = new DiagnosticBag();
        var c = QemuConfReader.ReadFile(Sample("sample.qemu.conf"), bag);
        Assert.DoesNotContain(bag, d => d.Severity == Severity.Error);

        Assert.Equal("/srv/pki/qemu", c.DefaultTlsX509CertDir);
        Assert.True(c.VncTls);
        Assert.Equal("/srv/pki/vnc", c.VncTlsX509CertDir);
        Assert.Equal("0.0.0.0", c.VncListen);
        Assert.Equal("::1", c.SpiceListen);
        Assert.Equal(["selinux", "apparmor"], c.SecurityDriver);
        Assert.Equal(8, c.CgroupDeviceAcl.Count);
        Assert.Equal("/dev/userfaultfd", c.CgroupDeviceAcl[^1]);
        Assert.Equal(["/dev/hugepages"], c.HugetlbfsMount);
        Assert.Equal(0, c.SeccompSandbox);
        Assert.Equal(ulong.MaxValue, c.MaxCore);
        Assert.Equal(4096, c.MaxProcesses);
        Assert.Equal("file", c.StdioHandler);
        Assert.Equal("/srv/ram", c.MemoryBackingDir);

        // libvirt cuts VNC passwords to 8 characters and says so.
        Assert.Equal("longer-t", c.VncPassword);
        var w = Assert.Single(bag);
        Assert.Equal(Severity.Warning, w.Severity);
        Assert.Equal(11, w.Span!.Value.Line);
    }

    [Fact]
    public void Errors_carry_line_and_column_and_skip_only_their_statement()
    {
        var bag = new DiagnosticBag();
        var c = QemuConfReader.ReadFile(Sample("errors.qemu.conf"), bag);
        var path = Sample("errors.qemu.conf");
        var got = bag.Select(d => (d.Code, d.Severity, Where: d.Span!.Value.ToString().Replace(path, "F", StringComparison.Ordinal))).ToList();
        Assert.Equal(
            [
                (ConfCodes.Type, Severity.Error, "F:2:11"),
                (ConfCodes.Type, Severity.Error, "F:3:13"),
                (ConfCodes.Type, Severity.Error, "F:4:14"),
                (ConfCodes.Type, Severity.Error, "F:5:39"),
                (ConfCodes.InvalidValue, Severity.Error, "F:6:17"),
                (ConfCodes.UnknownKey, Severity.Warning, "F:7:1"),
                (ConfCodes.Syntax, Severity.Error, "F:8:13"),
                (ConfCodes.Syntax, Severity.Error, "F:9:18"),
                (ConfCodes.DuplicateKey, Severity.Warning, "F:11:1"),
            ],
            got);

        // Statements around the bad ones still count; the first vnc_sasl wins, as in libvirt.
        Assert.True(c.VncSasl);
        Assert.False(c.VncTls);
        Assert.False(c.NbdTls);
    }

    [Fact]
    public void Layers_on_a_base_configuration()
    {
        var bag = new DiagnosticBag();
        var baseConfig = QemuConfReader.Read("vnc_tls = 1\nvnc_listen = \"0.0.0.0\"\n", "base", bag);
        var layered = QemuConfReader.Read("vnc_listen = \"::\"\n", "case", bag, baseConfig);
        Assert.Empty(bag);
        Assert.True(layered.VncTls);
        Assert.Equal("::", layered.VncListen);
        Assert.Equal("0.0.0.0", baseConfig.VncListen);
    }

    [Fact]
    public void Overrides_use_semicolons_between_settings()
    {
        var bag = new DiagnosticBag();
        var c = QemuConfReader.ApplyOverrides(
            DriverConfig.Default,
            "vnc_sasl = 1; vnc_sasl_dir = \"/root/.sasl2\"; nbd_tls_x509_secret_uuid = \"6fd3f62d-9fe7-4a4e-a869-7acd6376d8ea\"",
            bag);
        Assert.Empty(bag);
        Assert.True(c.VncSasl);
        Assert.Equal("/root/.sasl2", c.VncSaslDir);
        Assert.Equal("6fd3f62d-9fe7-4a4e-a869-7acd6376d8ea", c.NbdTlsX509SecretUuid);
    }

    [Fact]
    public void Reads_the_corpus_base_configuration_without_complaint()
    {
        var bag = new DiagnosticBag();
        var c = QemuConfReader.ReadFile(Path.Combine(RepoPaths.Corpus("libvirt-9.0"), "base.qemu.conf"), bag);
        Assert.Empty(bag);
        Assert.Equal(["/dev/hugepages2M", "/dev/hugepages1G"], c.HugetlbfsMount);
        Assert.True(c.SpiceTls);
        Assert.Equal("123456", c.SpicePassword);
        Assert.Equal("/etc/pki/libvirt-nbd/dummy,path", c.NbdTlsX509CertDir);
        Assert.Equal("/var/lib/libvirt/qemu/nvram", c.NvramDir);
    }

    [Fact]
    public void Every_corpus_case_configuration_reads_cleanly()
    {
        var dir = Path.Combine(RepoPaths.Corpus("libvirt-9.0"), "conv");
        var files = Directory.GetFiles(dir, "*.qemu.conf");
        Assert.NotEmpty(files);
        var bag = new DiagnosticBag();
        foreach (var f in files)
        {
            QemuConfReader.ReadFile(f, bag);
        }

        Assert.Empty(bag);
    }

    [Fact]
    public void Security_driver_rejects_duplicates_and_none_in_a_list()
    {
        var bag = new DiagnosticBag();
        QemuConfReader.Read("security_driver = [ \"selinux\", \"selinux\" ]\nsecurity_driver2 = 1\n", "f", bag);
        QemuConfReader.Read("security_driver = [ \"none\", \"dac\" ]\n", "g", bag);
        Assert.Equal([ConfCodes.InvalidValue, ConfCodes.UnknownKey, ConfCodes.InvalidValue], bag.Select(d => d.Code));
    }
}
