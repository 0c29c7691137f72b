using System.Globalization;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>
/// &lt;redirfilter&gt; (virDomainRedirFilterDefFormat): "any" fields are omitted, numbers are upper-case
/// hex (class two digits, ids four) and the BCD version is written back as "major.minor" with two minor digits.
/// </summary>
public sealed class RedirFilterWriter : IDeviceWriter
{
    public string ElementName => "redirfilter";

    public void Write(XmlTextBuilder x, Device device)
    {
        var f = (RedirFilter)device;
        x.Element(
            "redirfilter",
            inner =>
            {
                foreach (var r in f.Rules)
                {
                    inner.Empty(
                        "usbdev",
                        ("class", Hex(r.Class, 2)),
                        ("vendor", Hex(r.Vendor, 4)),
                        ("product", Hex(r.Product, 4)),
                        ("version", Version(r.Version)),
                        ("allow", r.Allow ? "yes" : "no"));
                }
            });
    }

    private static string? Hex(int? v, int digits) =>
        v is { } n ? "0x" + n.ToString("X" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : null;

    private static string? Version(int? bcd)
    {
        if (bcd is not { } v)
        {
            return null;
        }

        var major = (((v >> 12) & 0xf) * 10) + ((v >> 8) & 0xf);
        var minor = (((v >> 4) & 0xf) * 10) + (v & 0xf);
        return string.Create(CultureInfo.InvariantCulture, $"{major}.{minor:D2}");
    }
}
