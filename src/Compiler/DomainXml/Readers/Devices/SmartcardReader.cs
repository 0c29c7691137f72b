using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>&lt;smartcard mode=...&gt; (virDomainSmartcardDefParseXML).</summary>
public sealed class SmartcardReader : IDeviceReader
{
    public string ElementName => "smartcard";

    public Device? Read(XElement e, XmlReadContext ctx)
    {
        var mode = ctx.Enum(e, "mode", "host", "host-certificates", "passthrough");
        if (mode is null)
        {
            ctx.RequiredAttr(e, "mode");
            return null;
        }

        var card = new Smartcard { Mode = mode };
        switch (mode)
        {
            case "host-certificates":
                var certs = e.Elements("certificate").Select(c => c.Value).ToEquatableArray();
                if (certs.Count != 3)
                {
                    ctx.Error(e, "QX0440", "host-certificates mode needs exactly three certificates");
                }

                card = card with { Certificates = certs, Database = e.Element("database")?.Value };
                break;
            case "passthrough":
                if (e.Attribute("type") is null)
                {
                    ctx.Error(e, "QX0441", "passthrough mode requires a character device type attribute");
                    return null;
                }

                var src = ChardevSourceReader.Read(e, ctx);
                if (src is not null)
                {
                    ChardevSourceReader.Validate(src, e, ctx);
                }

                card = card with { Source = src };
                break;
        }

        return card;
    }
}
