using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers;

/// <summary>&lt;os&gt; (https://libvirt.org/formatdomain.html#operating-system-booting).</summary>
internal static class OsReader
{
    public static Domain Read(XElement e, Domain d, XmlReadContext ctx)
    {
        var os = new OsSettings { Span = ctx.Span(e), Firmware = ctx.Enum(e, "firmware", "bios", "efi") };
        var boots = new List<string>();
        foreach (var c in e.Elements())
        {
            switch (c.Name.LocalName)
            {
                case "type":
                    os = os with { Type = c.Value.Trim(), Arch = XmlReadContext.Attr(c, "arch"), Machine = XmlReadContext.Attr(c, "machine") };
                    break;
                case "boot":
                    if (ctx.Enum(c, "dev", "hd", "cdrom", "network", "fd") is { } dev)
                    {
                        boots.Add(dev);
                    }

                    break;
                case "bootmenu":
                    os = os with { BootMenu = ctx.Bool(c, "enable"), BootMenuTimeout = ctx.Int(c, "timeout", 0, 65535) };
                    break;
                case "loader":
                    os = os with
                    {
                        Loader = new Loader
                        {
                            Path = string.IsNullOrWhiteSpace(c.Value) ? null : c.Value.Trim(),
                            ReadOnly = ctx.Bool(c, "readonly"),
                            Type = ctx.Enum(c, "type", "rom", "pflash"),
                            Secure = ctx.Bool(c, "secure"),
                            Stateless = ctx.Bool(c, "stateless"),
                            Format = XmlReadContext.Attr(c, "format"),
                        },
                    };
                    break;
                case "nvram":
                    os = os with
                    {
                        Nvram = new Nvram
                        {
                            Path = c.HasElements || string.IsNullOrWhiteSpace(c.Value) ? null : c.Value.Trim(),
                            Template = XmlReadContext.Attr(c, "template"),
                            Format = XmlReadContext.Attr(c, "format"),
                            Source = c.Element("source") is { } s ? Devices.DiskSourceReader.Read(XmlReadContext.Attr(c, "type") ?? "file", s, ctx) : null,
                        },
                    };
                    break;
                case "firmware":
                    os = os with
                    {
                        FirmwareFeatures = c.Elements("feature")
                            .Select(f => new FirmwareFeature(XmlReadContext.Attr(f, "name") ?? string.Empty, ctx.Bool(f, "enabled") ?? false))
                            .ToEquatableArray(),
                    };
                    break;
                case "kernel":
                    os = os with { Kernel = c.Value };
                    break;
                case "initrd":
                    os = os with { Initrd = c.Value };
                    break;
                case "cmdline":
                    os = os with { Cmdline = c.Value };
                    break;
                case "dtb":
                    os = os with { Dtb = c.Value };
                    break;
                case "init":
                    os = os with { Init = c.Value };
                    break;
                case "bios":
                    os = os with { BiosUseSerial = ctx.Bool(c, "useserial"), RebootTimeout = ctx.Int(c, "rebootTimeout", -1, 65535) };
                    break;
                case "smbios":
                    os = os with { SmbiosMode = ctx.Enum(c, "mode", "emulate", "host", "sysinfo") };
                    break;
                case "acpi" or "initarg" or "initenv" or "initdir" or "inituser" or "initgroup" or "shim":
                    break;
                default:
                    ctx.Error(c, "QX0003", $"unknown element <{c.Name.LocalName}> in <os>");
                    break;
            }
        }

        return d with { Os = os with { BootDevices = boots.ToEquatableArray() } };
    }
}
