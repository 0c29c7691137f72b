using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Ir;

/// <summary>&lt;hostdev mode='subsystem' type='usb|pci|scsi|scsi_host|mdev'&gt; (https://libvirt.org/formatdomain.html#host-device-assignment).</summary>
public sealed record Hostdev : Device, IAliasedDevice, IPciDevice
{
    public override string ElementName => "hostdev";

    /// <summary><c>subsystem</c> or <c>capabilities</c>.</summary>
    public string Mode { get; init; } = "subsystem";

    public required string Type { get; init; }

    public bool? Managed { get; init; }

    /// <summary>Other &lt;hostdev&gt; attributes in document order (mdev/scsi_host <c>model</c>, <c>display</c>, <c>ramfb</c>, scsi <c>sgio</c>, <c>rawio</c>).</summary>
    public EquatableArray<Attr> Attributes { get; init; } = EquatableArray<Attr>.Empty;

    /// <summary>USB: &lt;source guestReset='off|uninitialized|on'&gt;.</summary>
    public string? GuestReset { get; init; }

    /// <summary>USB: &lt;source startupPolicy=&gt;.</summary>
    public string? StartupPolicy { get; init; }

    /// <summary>USB: &lt;vendor id=&gt; and &lt;product id=&gt;.</summary>
    public int? UsbVendor { get; init; }

    public int? UsbProduct { get; init; }

    /// <summary>USB: &lt;source&gt;&lt;address bus= device=&gt;.</summary>
    public int? UsbBus { get; init; }

    public int? UsbDevice { get; init; }

    /// <summary>The &lt;source&gt; element for types this record has no typed fields for yet (pci, scsi_host).</summary>
    public GenericNode? SourceNode { get; init; }

    /// <summary>mdev: model= (<c>vfio-pci</c>, <c>vfio-ccw</c>, <c>vfio-ap</c>).</summary>
    public string? MdevModel { get; init; }

    /// <summary>mdev: the mediated device's UUID (&lt;source&gt;&lt;address uuid=&gt;).</summary>
    public string? MdevUuid { get; init; }

    /// <summary>mdev: display= (on/off), the vGPU's display as a QEMU console.</summary>
    public bool? Display { get; init; }

    /// <summary>mdev: ramfb= (on/off), a boot display for the vGPU.</summary>
    public bool? Ramfb { get; init; }

    /// <summary>scsi: the host LUN or iSCSI LUN passed through.</summary>
    public HostdevScsiSource? Scsi { get; init; }

    /// <summary>scsi: &lt;readonly/&gt;.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>scsi: &lt;shareable/&gt;.</summary>
    public bool Shareable { get; init; }

    /// <summary>scsi: sgio= (filtered/unfiltered) and rawio= (yes/no) on the hostdev element.</summary>
    public string? Sgio { get; init; }

    public bool? RawIo { get; init; }

    public EquatableArray<GenericNode> Extra { get; init; } = EquatableArray<GenericNode>.Empty;

    public string? DefaultAlias(Func<string, string> next) => next("hostdev");

    /// <summary>A PCI device given to the guest without a guest address (address type 'unassigned').</summary>
    public bool IsUnassigned => Info.Address is OtherAddress { AddressType: "unassigned" };

    public bool WantsPci(Domain domain) => (Type == "pci" && !IsUnassigned) || Type == "scsi_host" || (Type == "mdev" && MdevModel == "vfio-pci");

    /// <summary>Transitional virtio devices are conventional PCI (libvirt's qemuDomainDeviceCalculatePCIConnectFlags).</summary>
    public bool IsConventionalPci(Domain domain) => Type == "scsi_host" && VirtioModels.IsTransitional(Attributes.FirstOrDefault(a => a.Key == "model")?.Value);
}
