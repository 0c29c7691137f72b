using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>&lt;memory&gt; devices (https://libvirt.org/formatdomain.html#memory-devices).</summary>
public sealed class MemoryDeviceReader : IDeviceReader
{
    public string ElementName => "memory";

    public Device? Read(XElement e, XmlReadContext ctx)
    {
        var model = ctx.Enum(e, "model", "dimm", "nvdimm", "virtio-pmem", "virtio-mem", "sgx-epc");
        if (model is null)
        {
            return null;
        }

        var source = e.Element("source");
        var target = e.Element("target");
        return new MemoryDevice
        {
            Model = model,
            Access = ctx.Enum(e, "access", "shared", "private"),
            Discard = ctx.Bool(e, "discard"),
            SourceNodeMask = source?.Element("nodemask")?.Value.Trim(),
            SourcePageSizeKiB = source?.Element("pagesize") is { } ps ? ctx.ScaledKiB(ps) : null,
            SourcePath = source?.Element("path")?.Value.Trim(),
            SourceAlignSizeKiB = source?.Element("alignsize") is { } al ? ctx.ScaledKiB(al) : null,
            SourcePmem = source?.Element("pmem") is not null,
            SizeKiB = target?.Element("size") is { } size ? ctx.ScaledKiB(size) ?? 0 : 0,
            TargetNode = target?.Element("node") is { } node ? ctx.ParseInt(node, node.Value, 0) : null,
            LabelSizeKiB = target?.Element("label")?.Element("size") is { } label ? ctx.ScaledKiB(label) : null,
            ReadOnly = target?.Element("readonly") is not null,
            BlockSizeKiB = target?.Element("block") is { } block ? ctx.ScaledKiB(block) : null,
            RequestedSizeKiB = target?.Element("requested") is { } req ? ctx.ScaledKiB(req) : null,
        };
    }
}
