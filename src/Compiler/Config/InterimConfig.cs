namespace Qconv.Compiler.Config;

// INTERIM: the few qemu.conf settings the first emitters need; replaced when the caps branch
// (full qemu.conf reader with libvirt's defaults) merges. Property names follow the qemu.conf keys.
// Where libvirt's built-in default and the corpus' base.qemu.conf differ, the interim value is the
// base.qemu.conf one (marked "base.qemu.conf"), like MemoryBackingDir.
public sealed record DriverConfig
{
    public bool DumpGuestCore { get; init; }

    public int SeccompSandbox { get; init; } = 1;

    public bool NographicsAllowHostAudio { get; init; }

    public string MemoryBackingDir { get; init; } = "/var/lib/libvirt/qemu/ram";

    public string DefaultTlsX509CertDir { get; init; } = "/etc/pki/qemu";

    public string VncListen { get; init; } = "127.0.0.1";

    public bool VncAutoUnixSocket { get; init; }

    public bool VncTls { get; init; }

    /// <summary>base.qemu.conf; libvirt: /etc/pki/libvirt-vnc when it exists, else default_tls_x509_cert_dir.</summary>
    public string? VncTlsX509CertDir { get; init; } = "/etc/pki/libvirt-vnc";

    public bool? VncTlsX509Verify { get; init; }

    public string? VncTlsX509SecretUuid { get; init; }

    public string? VncPassword { get; init; }

    public bool VncSasl { get; init; }

    public string? VncSaslDir { get; init; }

    public bool VncAllowHostAudio { get; init; }

    public string SpiceListen { get; init; } = "127.0.0.1";

    /// <summary>base.qemu.conf (libvirt's default is off).</summary>
    public bool SpiceTls { get; init; } = true;

    /// <summary>base.qemu.conf.</summary>
    public string? SpiceTlsX509CertDir { get; init; } = "/etc/pki/libvirt-spice";

    public bool SpiceAutoUnixSocket { get; init; }

    /// <summary>base.qemu.conf (libvirt's default is none).</summary>
    public string? SpicePassword { get; init; } = "123456";

    public bool SpiceSasl { get; init; }

    public string? SpiceSaslDir { get; init; }

    public int RemoteDisplayPortMin { get; init; } = 5900;

    public int RemoteWebsocketPortMin { get; init; } = 5700;
}
