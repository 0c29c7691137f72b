using System.Globalization;
using Qconv.Compiler.DomainXml.Writers.Devices;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Writers;

/// <summary>
/// Back end for domain XML: IR → libvirt's canonical inactive formatting (virDomainDefFormat), so
/// a normalized domain can be compared with libvirt's <c>*.out.xml</c>. Sections are written in
/// libvirt's order; devices by family in libvirt's device order, each by its family writer.
/// </summary>
public static class DomainXmlWriter
{
    public static string Write(Domain d)
    {
        var x = new XmlTextBuilder();
        x.Open("domain", ("type", d.VirtType), ("xmlns:qemu", QemuNamespaceWriter.IsUsed(d) ? DomainXmlReader.QemuNs.NamespaceName : null));
        if (d.Name is not null)
        {
            x.Leaf("name", d.Name);
        }

        if (d.Uuid is not null)
        {
            x.Leaf("uuid", d.Uuid);
        }

        if (d.GenId is not null || d.GenIdAuto)
        {
            x.Leaf("genid", d.GenId);
        }

        OptionalText(x, "title", d.Title);
        OptionalText(x, "description", d.Description);
        foreach (var metadata in d.Extras.Where(e => e.Name == "metadata"))
        {
            MetadataWriter.Write(x, metadata);
        }

        MemoryWriter.Write(x, d);
        VcpuWriter.Write(x, d);
        WriteExtras(x, d, "resource", "sysinfo", "bootloader", "bootloader_args");
        OsWriter.Write(x, d.Os);
        WriteExtras(x, d, "idmap");
        FeaturesWriter.Write(x, d.Features);
        CpuWriter.Write(x, d.Cpu);
        ClockWriter.Write(x, d.Clock);
        // libvirt always formats the lifecycle actions, with its defaults when unset.
        x.Leaf("on_poweroff", d.Lifecycle.OnPoweroff ?? "destroy");
        x.Leaf("on_reboot", d.Lifecycle.OnReboot ?? "restart");
        x.Leaf("on_crash", d.Lifecycle.OnCrash ?? "destroy");
        OptionalText(x, "on_lockfailure", d.Lifecycle.OnLockFailure);
        if (d.Pm is { } pm)
        {
            x.Open("pm");
            if (pm.SuspendToMem is { } m)
            {
                x.Empty("suspend-to-mem", ("enabled", YesNo(m)));
            }

            if (pm.SuspendToDisk is { } dk)
            {
                x.Empty("suspend-to-disk", ("enabled", YesNo(dk)));
            }

            x.Close();
        }

        WriteExtras(x, d, "perf");
        DevicesWriter.Write(x, d);
        WriteExtras(x, d, "seclabel", "keywrap", "launchSecurity", "throttlegroups");
        QemuNamespaceWriter.Write(x, d);
        x.Close();
        return x.ToString();
    }

    public static string YesNo(bool b) => b ? "yes" : "no";

    public static string OnOff(bool b) => b ? "on" : "off";

    public static string? Str(int? v) => v?.ToString(CultureInfo.InvariantCulture);

    public static string? Str(ulong? v) => v?.ToString(CultureInfo.InvariantCulture);

    public static void OptionalText(XmlTextBuilder x, string name, string? text)
    {
        if (text is not null)
        {
            x.Leaf(name, text);
        }
    }

    /// <summary>An empty element with one attribute, written only when the value is set.</summary>
    public static void OptionalEmpty(XmlTextBuilder x, string element, string attr, string? value)
    {
        if (value is not null)
        {
            x.Empty(element, (attr, value));
        }
    }

    private static void WriteExtras(XmlTextBuilder x, Domain d, params string[] names)
    {
        foreach (var e in d.Extras.Where(e => names.Contains(e.Name)))
        {
            GenericNodeWriter.Write(x, e);
        }
    }
}
