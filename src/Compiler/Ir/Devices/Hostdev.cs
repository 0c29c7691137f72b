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
    public EquatableArray<KeyValuePair<string, string>> Attributes { get; init; } = EquatableArray<KeyValuePair<string, string>>.Empty;

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

    /// <summary>The &lt;source&gt; element for types this record has no typed fields for yet (pci, scsi, mdev).</summary>
    public GenericNode? SourceNode { get; init; }

    public EquatableArray<GenericNode> Extra { get; init; } = EquatableArray<GenericNode>.Empty;

    public string? DefaultAlias(Func<string, string> next) => next("hostdev");

    public bool WantsPci(Domain domain) => Type == "pci";
}
