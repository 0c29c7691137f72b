using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>
/// Writes one device family's element. Implementations call <see cref="DeviceInfoWriter"/> for the
/// common children at the place libvirt puts them (usually last: boot, alias, address).
/// </summary>
public interface IDeviceWriter
{
    string ElementName { get; }

    void Write(XmlTextBuilder x, Device device);
}
