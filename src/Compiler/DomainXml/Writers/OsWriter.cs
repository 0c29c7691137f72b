using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers;

/// <summary>&lt;os&gt; in libvirt's child order: type, firmware, loader, nvram, kernel/initrd/cmdline/dtb, boot, bootmenu, smbios, bios.</summary>
internal static class OsWriter
{
    public static void Write(XmlTextBuilder x, OsSettings os)
    {
        x.Open("os", ("firmware", os.Firmware));
        x.Leaf("type", os.Type, ("arch", os.Arch), ("machine", os.Machine));
        if (!os.FirmwareFeatures.IsEmpty)
        {
            x.Open("firmware");
            foreach (var f in os.FirmwareFeatures)
            {
                x.Empty("feature", ("enabled", YesNo(f.Enabled)), ("name", f.Name));
            }

            x.Close();
        }

        if (os.Loader is { } l)
        {
            x.Leaf("loader", l.Path, ("readonly", l.ReadOnly is { } ro ? YesNo(ro) : null), ("secure", l.Secure is { } s ? YesNo(s) : null),
                ("stateless", l.Stateless is { } sl ? YesNo(sl) : null), ("type", l.Type), ("format", l.Format));
        }

        if (os.Nvram is { } n)
        {
            if (n.Source is { } src)
            {
                x.Open("nvram", ("template", n.Template), ("type", src.Type), ("format", n.Format));
                Devices.DiskWriter.WriteSource(x, src);
                x.Close();
            }
            else
            {
                x.Leaf("nvram", n.Path, ("template", n.Template), ("format", n.Format));
            }
        }

        OptionalText(x, "kernel", os.Kernel);
        OptionalText(x, "initrd", os.Initrd);
        OptionalText(x, "cmdline", os.Cmdline);
        OptionalText(x, "dtb", os.Dtb);
        OptionalText(x, "init", os.Init);
        foreach (var b in os.BootDevices)
        {
            x.Empty("boot", ("dev", b));
        }

        if (os.BootMenu is { } menu)
        {
            x.Empty("bootmenu", ("enable", YesNo(menu)), ("timeout", Str(os.BootMenuTimeout)));
        }

        if (os.SmbiosMode is { } sm)
        {
            x.Empty("smbios", ("mode", sm));
        }

        if (os.BiosUseSerial is not null || os.RebootTimeout is not null)
        {
            x.Empty("bios", ("useserial", os.BiosUseSerial is { } us ? YesNo(us) : null), ("rebootTimeout", Str(os.RebootTimeout)));
        }

        x.Close();
    }
}
