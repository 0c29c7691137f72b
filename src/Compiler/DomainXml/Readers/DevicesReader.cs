using System.Xml.Linq;
using Qconv.Compiler.DomainXml.Readers.Devices;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers;

/// <summary>&lt;devices&gt;: dispatches each child to the reader of its family.</summary>
internal static class DevicesReader
{
    public static Domain Read(XElement e, Domain d, XmlReadContext ctx)
    {
        // Usually the first <devices>: copying an empty EquatableArray through IEnumerable would still allocate.
        var devices = d.Devices.IsEmpty ? [] : new List<Device>(d.Devices);
        string? emulator = d.Emulator;
        foreach (var c in e.Elements())
        {
            var name = c.Name.LocalName;
            if (name == "emulator")
            {
                emulator = c.Value.Trim();
                continue;
            }

            if (!DeviceReaders.ByElement.TryGetValue(name, out var reader))
            {
                ctx.Error(c, "QX0004", $"unsupported device <{name}> in <devices>");
                continue;
            }

            if (reader.Read(c, ctx) is { } device)
            {
                devices.Add(device with { Info = DeviceInfoReader.Read(c, device.Info, ctx) });
            }
        }

        return d with { Devices = devices.ToEquatableArray(), Emulator = emulator };
    }
}
