using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>The children every device may have: &lt;alias&gt;, &lt;address&gt;, &lt;boot&gt;, &lt;acpi&gt;.</summary>
public static class DeviceInfoReader
{
    public static DeviceInfo Read(XElement e, DeviceInfo info, XmlReadContext ctx)
    {
        info = info with { Span = ctx.Span(e) };
        if (XmlReadContext.ChildOf(e, "alias") is { } alias && XmlReadContext.Attr(alias, "name") is { } name)
        {
            // libvirt only keeps user aliases (ua- prefix) from inactive XML; others are regenerated.
            if (name.StartsWith("ua-", StringComparison.Ordinal))
            {
                info = info with { Alias = name, UserAlias = true };
            }
        }

        if (XmlReadContext.ChildOf(e, "address") is { } addr)
        {
            info = info with { Address = AddressReader.Read(addr, ctx) };
        }

        if (XmlReadContext.ChildOf(e, "boot") is { } boot)
        {
            info = info with { BootOrder = ctx.Int(boot, "order", 1), LoadParm = XmlReadContext.Attr(boot, "loadparm") };
        }

        if (XmlReadContext.ChildOf(e, "acpi") is { } acpi)
        {
            info = info with { AcpiIndex = ctx.Int(acpi, "index", 0) };
        }

        return info;
    }
}
