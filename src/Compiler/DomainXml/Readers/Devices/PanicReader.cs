using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>&lt;panic&gt; (https://libvirt.org/formatdomain.html#panic-device).</summary>
public sealed class PanicReader : IDeviceReader
{
    public string ElementName => "panic";

    public Device? Read(XElement e, XmlReadContext ctx) =>
        new Panic { Model = ctx.Enum(e, "model", "isa", "pseries", "hyperv", "s390", "pvpanic") };
}
