using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>&lt;smartcard&gt; (virDomainSmartcardDefFormat): certificates and database, or the passthrough chardev.</summary>
public sealed class SmartcardWriter : IDeviceWriter
{
    public string ElementName => "smartcard";

    public void Write(XmlTextBuilder x, Device device)
    {
        var s = (Smartcard)device;
        x.Element(
            "smartcard",
            inner =>
            {
                foreach (var cert in s.Certificates)
                {
                    inner.Leaf("certificate", cert);
                }

                DomainXmlWriter.OptionalText(inner, "database", s.Database);
                if (s.Source is { } src)
                {
                    ChardevSourceWriter.Write(inner, src);
                }

                DeviceInfoWriter.Write(inner, s.Info);
            },
            ("mode", s.Mode),
            ("type", s.Source?.Type));
    }
}
