using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>&lt;rng&gt; (https://libvirt.org/formatdomain.html#random-number-generator-device).</summary>
public sealed class RngReader : IDeviceReader
{
    public string ElementName => "rng";

    public Device? Read(XElement e, XmlReadContext ctx)
    {
        var model = ctx.Enum(e, "model", "virtio", "virtio-transitional", "virtio-non-transitional");
        var backend = e.Element("backend");
        if (model is null || backend is null)
        {
            if (backend is null)
            {
                ctx.Error(e, "QX0010", "missing RNG device backend");
            }

            return null;
        }

        var backendModel = ctx.Enum(backend, "model", "random", "egd", "builtin");
        if (backendModel is null)
        {
            return null;
        }

        var rate = e.Element("rate");
        return new Rng
        {
            Model = model,
            BackendModel = backendModel,
            RandomPath = backendModel == "random" && !string.IsNullOrWhiteSpace(backend.Value) ? backend.Value.Trim() : null,
            EgdSource = backendModel == "egd" ? ChardevSourceReader.Read(backend, ctx) : null,
            RateBytes = rate is null ? null : ctx.ULong(rate, "bytes"),
            RatePeriod = rate is null ? null : ctx.ULong(rate, "period"),
            Virtio = VirtioOptionsReader.Read(e.Element("driver"), ctx),
        };
    }
}
