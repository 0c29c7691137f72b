using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>
/// Reads one device family's element into its IR record. The common &lt;alias&gt;, &lt;address&gt;,
/// &lt;boot&gt; and &lt;acpi&gt; children are read afterwards by <see cref="DeviceInfoReader"/>.
/// </summary>
public interface IDeviceReader
{
    string ElementName { get; }

    Device? Read(XElement e, XmlReadContext ctx);
}
