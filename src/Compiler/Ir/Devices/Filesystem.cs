using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Ir;

/// <summary>&lt;filesystem&gt;: a host directory shared with the guest (https://libvirt.org/formatdomain.html#filesystems).</summary>
public sealed record Filesystem : Device, IPciDevice, IAliasedDevice
{
    public override string ElementName => "filesystem";

    /// <summary><c>mount</c>, <c>block</c>, <c>file</c>, <c>template</c>, <c>ram</c>, <c>bind</c>, <c>volume</c>.</summary>
    public string Type { get; init; } = "mount";

    /// <summary><c>passthrough</c>, <c>mapped</c>, <c>squash</c>; null = default (passthrough).</summary>
    public string? AccessMode { get; init; }

    /// <summary>&lt;driver type=...&gt;: <c>path</c>, <c>handle</c>, <c>virtiofs</c>, ...; null = default.</summary>
    public string? DriverType { get; init; }

    public string? WritePolicy { get; init; }

    public int? QueueSize { get; init; }

    public VirtioOptions Virtio { get; init; } = VirtioOptions.None;

    public string? Model { get; init; }

    /// <summary><c>default</c>, <c>remap</c>, <c>forbid</c>, <c>warn</c>.</summary>
    public string? MultiDevs { get; init; }

    /// <summary>File and directory creation modes (octal in the XML).</summary>
    public int? FileMode { get; init; }

    public int? DirMode { get; init; }

    /// <summary>&lt;source dir|file|name|usage=...&gt;.</summary>
    public string? SourcePath { get; init; }

    /// <summary>&lt;source socket=...&gt;: an externally started virtiofsd.</summary>
    public string? SourceSocket { get; init; }

    public required string TargetDir { get; init; }

    public bool ReadOnly { get; init; }

    /// <summary>Settings of the virtiofsd process (&lt;binary&gt;), not part of QEMU's command line.</summary>
    public GenericNode? Binary { get; init; }

    public EquatableArray<GenericNode> Extra { get; init; } = EquatableArray<GenericNode>.Empty;

    public bool IsVirtioFs => DriverType == "virtiofs";

    public bool WantsPci(Domain domain) => true;

    /// <summary>Transitional virtio devices are conventional PCI (libvirt's qemuDomainDeviceCalculatePCIConnectFlags).</summary>
    public bool IsConventionalPci(Domain domain) => VirtioModels.IsTransitional(Model);

    public string? DefaultAlias(Func<string, string> next) => next("fs");
}
