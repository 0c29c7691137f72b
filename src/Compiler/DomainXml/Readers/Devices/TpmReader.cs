using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>&lt;tpm&gt; (https://libvirt.org/formatdomain.html#tpm-device).</summary>
public sealed class TpmReader : IDeviceReader
{
    public string ElementName => "tpm";

    public Device? Read(XElement e, XmlReadContext ctx)
    {
        if (e.Element("backend") is not { } backend)
        {
            ctx.Error(e, "QX0010", "missing TPM device backend");
            return null;
        }

        var type = ctx.Enum(backend, "type", "passthrough", "emulator", "external");
        if (type is null)
        {
            return null;
        }

        return new Tpm
        {
            Model = ctx.Enum(e, "model", "tpm-tis", "tpm-crb", "tpm-spapr", "spapr-tpm-proxy"),
            BackendType = type,
            DevicePath = backend.Element("device")?.Attribute("path")?.Value,
            SourcePath = backend.Element("source")?.Attribute("path")?.Value,
            Version = XmlReadContext.Attr(backend, "version"),
            EncryptionSecret = backend.Element("encryption")?.Attribute("secret")?.Value,
            PersistentState = ctx.Bool(backend, "persistent_state") == true,
            ActivePcrBanks = backend.Element("active_pcr_banks")?.Elements().Select(b => b.Name.LocalName).ToEquatableArray() ?? EquatableArray<string>.Empty,
        };
    }
}
