using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Ir;

/// <summary>
/// &lt;hostdev mode='subsystem' type='pci|usb|scsi|scsi_host|mdev'&gt;: a host device given to the
/// guest (https://libvirt.org/formatdomain.html#host-device-assignment). PCI devices are typed;
/// other types keep their &lt;source&gt; generically.
/// </summary>
public sealed record Hostdev : Device, IPciDevice, IAliasedDevice
{
    public override string ElementName => "hostdev";

    public string Mode { get; init; } = "subsystem";

    public required string Type { get; init; }

    public bool? Managed { get; init; }

    /// <summary>The host PCI address of a PCI device (&lt;source&gt;&lt;address&gt;).</summary>
    public PciAddress? PciSource { get; init; }

    public GenericNode? Source { get; init; }

    /// <summary>&lt;rom bar='on|off' file=...&gt;.</summary>
    public bool? RomBar { get; init; }

    public string? RomFile { get; init; }

    /// <summary>A PCI device with &lt;address type='unassigned'/&gt; is claimed from the host but not given to the guest.</summary>
    public bool IsUnassigned => Info.Address is OtherAddress { AddressType: "unassigned" };

    public bool WantsPci(Domain domain) => (Type == "pci" && !IsUnassigned) || Type == "scsi_host";

    public string? DefaultAlias(Func<string, string> next) => next("hostdev");
}
