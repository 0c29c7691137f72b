using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Ir;

/// <summary>&lt;redirdev bus='usb' type=...&gt;: a USB device redirected over a chardev (https://libvirt.org/formatdomain.html#redirected-devices).</summary>
public sealed record Redirdev : Device, IAliasedDevice
{
    public override string ElementName => "redirdev";

    public string Bus { get; init; } = "usb";

    public required ChardevSource Source { get; init; }

    public string? DefaultAlias(Func<string, string> next) => next("redir");
}
