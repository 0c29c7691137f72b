namespace Qconv.Compiler.Config;

// INTERIM: the few qemu.conf settings the first emitters need; replaced when the caps branch
// (full qemu.conf reader with libvirt's defaults) merges.
public sealed record DriverConfig
{
    public bool DumpGuestCore { get; init; }

    public int SeccompSandbox { get; init; } = 1;

    public bool NographicsAllowHostAudio { get; init; }

    public string MemoryBackingDir { get; init; } = "/var/lib/libvirt/qemu/ram";

    /// <summary>qemu.conf chardev_tls: TLS for TCP chardevs unless the source says otherwise.</summary>
    public bool ChardevTls { get; init; }

    public string ChardevTlsX509CertDir { get; init; } = "/etc/pki/libvirt-chardev";

    public bool ChardevTlsX509Verify { get; init; }

    public string? ChardevTlsX509SecretUuid { get; init; }
}
