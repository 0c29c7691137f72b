using Qconv.Compiler.Config;
using Qconv.Compiler.Diagnostics;
using Xunit;

namespace Qconv.Compiler.Tests.Config;

/// <summary>libvirt's rules for per-service TLS settings that qemu.conf leaves unset.</summary>
public class TlsInheritanceTests
{
    private static DriverConfig Conf(string text)
    {
        var bag = new DiagnosticBag();
        var c = QemuConfReader.Read(text, "t", bag);
        Assert.Empty(bag);
        return c;
    }

    [Fact]
    public void Unset_cert_dir_falls_back_to_the_service_directory_when_it_exists_else_the_default()
    {
        var c = Conf("default_tls_x509_cert_dir = \"/pki\"\n");
        Assert.Equal("/pki", c.ResolveTls(TlsService.Vnc).X509CertDir);
        Assert.Equal("/etc/pki/libvirt-vnc", c.ResolveTls(TlsService.Vnc, d => d == "/etc/pki/libvirt-vnc").X509CertDir);
        Assert.Equal("/pki", c.ResolveTls(TlsService.Chardev, d => d == "/etc/pki/libvirt-vnc").X509CertDir);
        Assert.Equal("/etc/pki/qemu", DriverConfig.Default.ResolveTls(TlsService.Nbd).X509CertDir);
    }

    [Fact]
    public void Explicit_cert_dir_wins()
    {
        var c = Conf("spice_tls = 1\nspice_tls_x509_cert_dir = \"/etc/pki/libvirt-spice\"\n");
        var t = c.ResolveTls(TlsService.Spice);
        Assert.True(t.Enabled);
        Assert.Equal("/etc/pki/libvirt-spice", t.X509CertDir);
    }

    [Fact]
    public void Default_secret_is_inherited_only_when_the_service_directory_was_not_set()
    {
        var c = Conf("default_tls_x509_secret_uuid = \"u-default\"\nchardev_tls_x509_cert_dir = \"/c\"\n");
        Assert.Equal("u-default", c.ResolveTls(TlsService.Vnc).X509SecretUuid);
        Assert.Null(c.ResolveTls(TlsService.Chardev).X509SecretUuid);
        Assert.Null(c.ResolveTls(TlsService.Spice).X509SecretUuid);

        var own = Conf("default_tls_x509_secret_uuid = \"u-default\"\nvnc_tls_x509_secret_uuid = \"u-vnc\"\n");
        Assert.Equal("u-vnc", own.ResolveTls(TlsService.Vnc).X509SecretUuid);
    }

    [Fact]
    public void Verify_comes_from_the_service_then_the_default_then_the_service_default()
    {
        Assert.False(DriverConfig.Default.ResolveTls(TlsService.Vnc).X509Verify);
        Assert.True(DriverConfig.Default.ResolveTls(TlsService.Chardev).X509Verify);
        Assert.True(DriverConfig.Default.ResolveTls(TlsService.Migrate).X509Verify);

        var defaultOn = Conf("default_tls_x509_verify = 1\n");
        Assert.True(defaultOn.ResolveTls(TlsService.Vnc).X509Verify);

        var defaultOff = Conf("default_tls_x509_verify = 0\nbackup_tls_x509_verify = 1\n");
        Assert.False(defaultOff.ResolveTls(TlsService.Chardev).X509Verify);
        Assert.True(defaultOff.ResolveTls(TlsService.Backup).X509Verify);
    }
}
