namespace Qconv.Compiler.Ir;

/// <summary>
/// &lt;watchdog model= action=&gt;: a hardware watchdog and what happens when it fires
/// (https://libvirt.org/formatdomain.html#watchdog-devices). Only from-native builds it: the
/// domain XML reader does not accept watchdogs yet, as to-native has no emitter for them.
/// </summary>
public sealed record Watchdog : Device
{
    public override string ElementName => "watchdog";

    /// <summary>QEMU's device name as libvirt spells it: i6300esb, ib700, diag288, itco.</summary>
    public required string Model { get; init; }

    /// <summary>reset (libvirt's default), shutdown, poweroff, pause, none, dump, inject-nmi; null = not given.</summary>
    public string? Action { get; init; }
}
