using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Ir;

/// <summary>
/// &lt;hub type='usb'&gt;: a USB hub with 8 ports of its own, plugged into a USB port
/// (https://libvirt.org/formatdomain.html#hub-devices). libvirt names hubs hubN in document order.
/// </summary>
public sealed record Hub : Device, IAliasedDevice
{
    public override string ElementName => "hub";

    /// <summary>Only <c>usb</c> exists in libvirt (virDomainHubType).</summary>
    public string Type { get; init; } = "usb";

    public string? DefaultAlias(Func<string, string> next) => next("hub");
}
