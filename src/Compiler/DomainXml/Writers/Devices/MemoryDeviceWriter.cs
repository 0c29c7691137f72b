using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>
/// &lt;memory&gt; devices (virDomainMemoryDefFormat, https://libvirt.org/formatdomain.html#memory-devices):
/// &lt;source&gt; (omitted when empty), &lt;target&gt; with the sizes in KiB, then alias and address.
/// </summary>
public sealed class MemoryDeviceWriter : IDeviceWriter
{
    public string ElementName => "memory";

    public void Write(XmlTextBuilder x, Device device)
    {
        var m = (MemoryDevice)device;
        x.Open("memory", ("model", m.Model), ("access", m.Access), ("discard", m.Discard is { } d ? YesNo(d) : null));
        x.Element("source", s => Source(s, m));
        x.Open("target");
        Kib(x, "size", m.SizeKiB);
        OptionalText(x, "node", Str(m.TargetNode));
        if (m.LabelSizeKiB is { } label)
        {
            x.Open("label");
            Kib(x, "size", label);
            x.Close();
        }

        if (m.ReadOnly)
        {
            x.Empty("readonly");
        }

        Kib(x, "block", m.BlockSizeKiB);
        Kib(x, "requested", m.RequestedSizeKiB);
        x.Close();
        DeviceInfoWriter.Write(x, m.Info);
        x.Close();
    }

    // dimm and virtio-mem allocate from host nodes and pages; nvdimm and virtio-pmem map a file.
    private static void Source(XmlTextBuilder x, MemoryDevice m)
    {
        OptionalText(x, "nodemask", m.SourceNodeMask);
        Kib(x, "pagesize", m.SourcePageSizeKiB);
        OptionalText(x, "path", m.SourcePath);
        Kib(x, "alignsize", m.SourceAlignSizeKiB);
        if (m.SourcePmem)
        {
            x.Empty("pmem");
        }
    }

    private static void Kib(XmlTextBuilder x, string name, ulong? kib)
    {
        if (kib is { } v)
        {
            x.Leaf(name, Str(v), ("unit", "KiB"));
        }
    }
}
