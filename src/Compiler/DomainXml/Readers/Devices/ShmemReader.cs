using System.Globalization;
using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>
/// &lt;shmem name= role=&gt; with &lt;model type=&gt;, &lt;size unit=&gt;, &lt;server path=&gt; and
/// &lt;msi vectors= ioeventfd=&gt; (virDomainShmemDefParseXML, https://libvirt.org/formatdomain.html#shared-memory-device).
/// </summary>
public sealed class ShmemReader : IDeviceReader
{
    public string ElementName => "shmem";

    public Device? Read(XElement e, XmlReadContext ctx)
    {
        var name = ctx.RequiredAttr(e, "name");
        if (name is null)
        {
            return null;
        }

        var server = XmlReadContext.ChildOf(e, "server");
        var msi = XmlReadContext.ChildOf(e, "msi");
        return new Shmem
        {
            Name = name,
            Role = ctx.Enum(e, "role", "master", "peer"),
            Model = XmlReadContext.ChildOf(e, "model") is { } m ? ReadModel(m, ctx) : null,
            SizeBytes = XmlReadContext.ChildOf(e, "size") is { } s ? ReadBytes(s, ctx) : null,
            Server = server is not null,
            ServerPath = server is null ? null : XmlReadContext.Attr(server, "path"),
            Msi = msi is not null,
            MsiVectors = msi is null ? null : ctx.Int(msi, "vectors", 1),
            MsiIoeventfd = msi is null ? null : ctx.Bool(msi, "ioeventfd"),
        };
    }

    /// <summary>
    /// The legacy 'ivshmem' value is the enum's zero and libvirt's parser refuses it when written
    /// out; an absent &lt;model&gt; still means ivshmem (rejected later, when the command line is built).
    /// </summary>
    private static ShmemModel? ReadModel(XElement m, XmlReadContext ctx)
    {
        var type = ctx.Enum(m, "type", "ivshmem", "ivshmem-plain", "ivshmem-doorbell");
        switch (type)
        {
            case "ivshmem-plain":
                return ShmemModel.IvshmemPlain;
            case "ivshmem-doorbell":
                return ShmemModel.IvshmemDoorbell;
            case "ivshmem":
                ctx.Error(XmlReadContext.AttributeOf(m, "type")!, "QX0460", "invalid value for attribute 'type' in element 'model': 'ivshmem'");
                return null;
            default:
                if (XmlReadContext.AttributeOf(m, "type") is null)
                {
                    ctx.Error(m, "QX0460", "missing required attribute 'type' in element 'model'");
                }

                return null;
        }
    }

    /// <summary>libvirt scales &lt;size&gt; with bytes as the default unit (virDomainParseScaledValue, scale 1).</summary>
    private static ulong? ReadBytes(XElement s, XmlReadContext ctx)
    {
        var text = s.Value.Trim();
        var unit = XmlReadContext.Attr(s, "unit") ?? "b";
        if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            ctx.Error(s, "QX0011", $"invalid size '{text}' for <size>: expected a non-negative integer");
            return null;
        }

        if (XmlReadContext.UnitScale(unit) is not { } scale)
        {
            ctx.Error(s, "QX0014", $"unknown unit '{unit}' for <size>");
            return null;
        }

        var bytes = (System.Numerics.BigInteger)value * scale;
        if (bytes > ulong.MaxValue)
        {
            ctx.Error(s, "QX0015", $"size {text} {unit} for <size> is too large");
            return null;
        }

        return (ulong)bytes;
    }
}
