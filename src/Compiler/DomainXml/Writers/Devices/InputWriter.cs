using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>&lt;input&gt; (virDomainInputDefFormat); bus 'none' (evdev passthrough) is not written.</summary>
public sealed class InputWriter : IDeviceWriter
{
    public string ElementName => "input";

    public void Write(XmlTextBuilder x, Device device)
    {
        var i = (Input)device;
        x.Element(
            "input",
            inner =>
            {
                VirtioOptionsWriter.WriteDriver(inner, i.Virtio);
                if (i.SourcePath is not null || i.Grab is not null || i.GrabToggle is not null || i.Repeat is not null)
                {
                    inner.Empty("source", (i.Type == "passthrough" ? "evdev" : "dev", i.SourcePath), ("grab", i.Grab),
                        ("grabToggle", i.GrabToggle), ("repeat", i.Repeat is { } r ? DomainXmlWriter.OnOff(r) : null));
                }

                DeviceInfoWriter.Write(inner, i.Info);
            },
            ("type", i.Type), ("bus", i.Bus is "none" ? null : i.Bus), ("model", i.Model));
    }
}
