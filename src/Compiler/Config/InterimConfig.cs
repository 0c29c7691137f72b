namespace Qconv.Compiler.Config;

// INTERIM: the few qemu.conf settings the first emitters need; replaced when the caps branch
// (full qemu.conf reader with libvirt's defaults) merges.
public sealed record DriverConfig
{
    public bool DumpGuestCore { get; init; }

    public int SeccompSandbox { get; init; } = 1;

    public bool NographicsAllowHostAudio { get; init; }

    public string MemoryBackingDir { get; init; } = "/var/lib/libvirt/qemu/ram";

    /// <summary>qemu.conf nbd_tls: use TLS for every NBD disk (a disk's tls= attribute overrides).</summary>
    public bool NbdTls { get; init; }

    /// <summary>qemu.conf nbd_tls_x509_cert_dir (defaults to default_tls_x509_cert_dir).</summary>
    public string NbdTlsX509CertDir { get; init; } = "/etc/pki/qemu";

    /// <summary>qemu.conf nbd_tls_x509_secret_uuid: the secret holding the client key's passphrase.</summary>
    public string? NbdTlsX509SecretUuid { get; init; }

    /// <summary>qemu.conf gluster_debug_level.</summary>
    public int GlusterDebugLevel { get; init; } = 4;
}
