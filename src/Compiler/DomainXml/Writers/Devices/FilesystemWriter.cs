using System.Globalization;
using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>
/// &lt;filesystem&gt; (virDomainFSDefFormat): the access mode is always stated; &lt;driver&gt;,
/// virtiofsd's &lt;binary&gt;, &lt;source&gt; (its attribute depends on the type), &lt;target&gt;,
/// &lt;readonly/&gt;, the rest, then device info. Creation modes are four octal digits.
/// </summary>
public sealed class FilesystemWriter : IDeviceWriter
{
    public string ElementName => "filesystem";

    public void Write(XmlTextBuilder x, Device device)
    {
        var f = (Filesystem)device;
        x.Open(
            "filesystem",
            ("type", f.Type), ("accessmode", f.AccessMode ?? "passthrough"), ("model", f.Model), ("multidevs", f.MultiDevs),
            ("fmode", Octal(f.FileMode)), ("dmode", Octal(f.DirMode)));
        x.Element("driver", _ => { }, [("type", f.DriverType is "default" ? null : f.DriverType), ("queue", Str(f.QueueSize)), ("wrpolicy", f.WritePolicy), .. VirtioOptionsWriter.Attrs(f.Virtio)]);
        if (f.Binary is { } binary)
        {
            GenericNodeWriter.Write(x, binary);
        }

        var sourceAttr = f.Type switch
        {
            "block" => "dev",
            "file" => "file",
            "template" => "name",
            "ram" => "usage",
            _ => "dir",
        };
        x.Element("source", _ => { }, (sourceAttr, f.SourcePath), ("socket", f.SourceSocket));
        x.Empty("target", ("dir", f.TargetDir));
        if (f.ReadOnly)
        {
            x.Empty("readonly");
        }

        foreach (var e in f.Extra)
        {
            GenericNodeWriter.Write(x, e);
        }

        DeviceInfoWriter.Write(x, f.Info);
        x.Close();
    }

    private static string? Octal(int? mode) => mode is { } m ? "0" + Convert.ToString(m, 8).PadLeft(3, '0').ToString(CultureInfo.InvariantCulture) : null;
}
