using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>&lt;video&gt; (virDomainVideoDefFormat): &lt;driver&gt;, &lt;model&gt; with acceleration and resolution, device info.</summary>
public sealed class VideoWriter : IDeviceWriter
{
    public string ElementName => "video";

    public void Write(XmlTextBuilder x, Device device)
    {
        var v = (Video)device;
        x.Open("video");
        x.Element("driver", _ => { }, [.. VirtioOptionsWriter.Attrs(v.Virtio), ("name", v.Backend)]);
        x.Element(
            "model",
            m =>
            {
                m.Element("acceleration", _ => { }, ("accel3d", YesNoOrNull(v.Accel3d)), ("accel2d", YesNoOrNull(v.Accel2d)), ("rendernode", v.RenderNode));
                m.Element("resolution", _ => { }, ("x", Str(v.ResolutionX)), ("y", Str(v.ResolutionY)));
            },
            ("type", v.Type), ("ram", Str(v.Ram)), ("vram", Str(v.Vram)), ("vram64", Str(v.Vram64)), ("vgamem", Str(v.VgaMem)),
            ("heads", Str(v.Heads)), ("primary", v.Primary == true ? "yes" : null), ("blob", v.Blob is { } b ? OnOff(b) : null));
        DeviceInfoWriter.Write(x, v.Info);
        x.Close();
    }

    private static string? YesNoOrNull(bool? b) => b is { } v ? YesNo(v) : null;
}
