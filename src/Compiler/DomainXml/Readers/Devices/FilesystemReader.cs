using System.Globalization;
using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>&lt;filesystem&gt; (https://libvirt.org/formatdomain.html#filesystems).</summary>
public sealed class FilesystemReader : IDeviceReader
{
    private static readonly HashSet<string> Known = ["driver", "source", "target", "readonly", "binary", "alias", "address", "boot", "acpi"];

    public string ElementName => "filesystem";

    public Device? Read(XElement e, XmlReadContext ctx)
    {
        var target = e.Element("target") is { } t ? ctx.RequiredAttr(t, "dir") : null;
        if (target is null)
        {
            ctx.Error(e, "QX0040", "missing target information for filesystem");
            return null;
        }

        var fs = new Filesystem
        {
            Type = ctx.Enum(e, "type", "mount", "block", "file", "template", "ram", "bind", "volume") ?? "mount",
            AccessMode = ctx.Enum(e, "accessmode", "passthrough", "mapped", "squash"),
            Model = XmlReadContext.Attr(e, "model"),
            MultiDevs = ctx.Enum(e, "multidevs", "default", "remap", "forbid", "warn"),
            FileMode = Octal(e, "fmode", ctx),
            DirMode = Octal(e, "dmode", ctx),
            TargetDir = target,
            ReadOnly = e.Element("readonly") is not null,
            Binary = e.Element("binary") is { } b ? XmlReadContext.Generic(b) : null,
            Extra = e.Elements().Where(c => !Known.Contains(c.Name.LocalName)).Select(XmlReadContext.Generic).ToEquatableArray(),
        };
        if (e.Element("driver") is { } d)
        {
            fs = fs with
            {
                DriverType = ctx.Enum(d, "type", "default", "path", "handle", "loop", "nbd", "ploop", "virtiofs"),
                WritePolicy = ctx.Enum(d, "wrpolicy", "default", "immediate"),
                QueueSize = ctx.Int(d, "queue", 1),
                Virtio = VirtioOptionsReader.Read(d, ctx),
            };
        }

        if (e.Element("source") is { } s)
        {
            fs = fs with
            {
                SourcePath = XmlReadContext.Attr(s, "dir") ?? XmlReadContext.Attr(s, "file") ?? XmlReadContext.Attr(s, "name") ?? XmlReadContext.Attr(s, "usage"),
                SourceSocket = XmlReadContext.Attr(s, "socket"),
            };
        }

        return fs;
    }

    /// <summary>fmode/dmode are octal permission bits (at most 0777).</summary>
    private static int? Octal(XElement e, string name, XmlReadContext ctx)
    {
        var a = e.Attribute(name);
        if (a is null)
        {
            return null;
        }

        // Parsed by hand: Convert.ToInt32(text, 8) throws on an empty string with an unexpected exception type.
        var text = a.Value;
        if (text.Length > 0 && text.All(c => c is >= '0' and <= '7'))
        {
            var v = 0;
            foreach (var c in text)
            {
                v = Math.Min((v * 8) + (c - '0'), 0x200);
            }

            if (v <= 0x1ff)
            {
                return v;
            }
        }

        ctx.Error(a, "QX0011", string.Create(CultureInfo.InvariantCulture, $"invalid value '{a.Value}' for attribute '{name}' of <filesystem>: expected octal permissions up to 0777"));
        return null;
    }
}
