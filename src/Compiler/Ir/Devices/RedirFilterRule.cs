namespace Qconv.Compiler.Ir;

/// <summary>
/// One &lt;usbdev&gt; rule of &lt;redirfilter&gt;: which USB devices may be redirected. A null field
/// matches any value (libvirt's -1). <see cref="Version"/> is the BCD bcdDevice value, e.g. 0x0109 for "1.09".
/// </summary>
public sealed record RedirFilterRule(int? Class, int? Vendor, int? Product, int? Version, bool Allow);
