using System.Globalization;
using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>
/// &lt;hostdev&gt; (virDomainHostdevDefFormat): a subsystem device always states <c>managed</c>;
/// the &lt;source&gt; (typed for USB), the remaining children, then device info.
/// </summary>
public sealed class HostdevWriter : IDeviceWriter
{
    public string ElementName => "hostdev";

    public void Write(XmlTextBuilder x, Device device)
    {
        var h = (Hostdev)device;
        var managed = h.Mode == "subsystem" ? YesNo(h.Managed ?? false) : null;
        x.Open("hostdev", [("mode", h.Mode), ("type", h.Type), ("managed", managed), .. DeviceInfoWriter.Attrs(h.Attributes)]);
        if (h.Type == "usb")
        {
            WriteUsbSource(x, h);
        }
        else if (h.SourceNode is { } src)
        {
            GenericNodeWriter.Write(x, src);
        }

        foreach (var e in h.Extra)
        {
            GenericNodeWriter.Write(x, e);
        }

        // virDomainHostdevDefFormat: a SCSI LUN's <readonly/> and <shareable/> follow its source.
        if (h.ReadOnly)
        {
            x.Empty("readonly");
        }

        if (h.Shareable)
        {
            x.Empty("shareable");
        }

        DeviceInfoWriter.Write(x, h.Info);
        x.Close();
    }

    private static void WriteUsbSource(XmlTextBuilder x, Hostdev h) =>
        x.Element(
            "source",
            s =>
            {
                if (h.UsbVendor is { } v)
                {
                    s.Empty("vendor", ("id", Hex(v)));
                }

                if (h.UsbProduct is { } p)
                {
                    s.Empty("product", ("id", Hex(p)));
                }

                if (h.UsbBus is not null || h.UsbDevice is not null)
                {
                    s.Empty("address", ("bus", Str(h.UsbBus)), ("device", Str(h.UsbDevice)));
                }
            },
            ("startupPolicy", h.StartupPolicy),
            ("guestReset", h.GuestReset));

    private static string Hex(int v) => "0x" + v.ToString("x4", CultureInfo.InvariantCulture);
}
