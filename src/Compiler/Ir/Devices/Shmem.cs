using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Ir;

/// <summary>
/// Inter-VM shared memory &lt;shmem name= role=&gt; (https://libvirt.org/formatdomain.html#shared-memory-device):
/// a POSIX shm object mapped through a PCI BAR, optionally with an ivshmem server for doorbell interrupts.
/// </summary>
public sealed record Shmem : Device, IAliasedDevice, IPciDevice
{
    public override string ElementName => "shmem";

    public required string Name { get; init; }

    /// <summary>master/peer (QEMU's master=on/off); null for the default role.</summary>
    public string? Role { get; init; }

    /// <summary>Null when &lt;model&gt; is absent; read as <see cref="ShmemModel.Ivshmem"/>.</summary>
    public ShmemModel? Model { get; init; }

    /// <summary>Size in bytes; null when not given.</summary>
    public ulong? SizeBytes { get; init; }

    /// <summary>True when &lt;server&gt; is present.</summary>
    public bool Server { get; init; }

    /// <summary>The server's UNIX socket; null for libvirt's default path.</summary>
    public string? ServerPath { get; init; }

    /// <summary>True when &lt;msi&gt; is present (or implied by a server).</summary>
    public bool Msi { get; init; }

    public int? MsiVectors { get; init; }

    public bool? MsiIoeventfd { get; init; }

    public ShmemModel EffectiveModel => Model ?? ShmemModel.Ivshmem;

    /// <summary>qemuAssignDeviceShmemAlias: shmemN by position.</summary>
    public string? DefaultAlias(Func<string, string> next) => next("shmem");

    /// <summary>Every shmem is a PCI device (qemuDomainAssignDevicePCISlots' shmem loop).</summary>
    public bool WantsPci(Domain domain) => true;

    /// <summary>ivshmem is a conventional PCI endpoint (qemuDomainDeviceCalculatePCIConnectFlags).</summary>
    public bool IsConventionalPci(Domain domain) => true;
}
