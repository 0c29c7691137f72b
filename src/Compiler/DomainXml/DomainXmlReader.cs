using System.Xml.Linq;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.DomainXml.Readers;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml;

/// <summary>
/// Front end for libvirt domain XML (https://libvirt.org/formatdomain.html): XML text → IR.
/// Each top-level section and device family has its own reader in Readers/; this class only
/// dispatches. Problems are collected in the bag; the result is null only when nothing usable was read.
/// </summary>
public static class DomainXmlReader
{
    /// <summary>libvirt's QEMU namespace for &lt;qemu:commandline&gt; and friends.</summary>
    public static readonly XNamespace QemuNs = "http://libvirt.org/schemas/domain/qemu/1.0";

    public static Domain? Read(string text, string fileName, DiagnosticBag bag)
    {
        var doc = XmlInput.Load(text, fileName, bag);
        return doc?.Root is { } root ? Read(root, new XmlReadContext(fileName, bag)) : null;
    }

    public static Domain? Read(XElement root, XmlReadContext ctx)
    {
        if (root.Name.LocalName != "domain" || root.Name.Namespace != XNamespace.None)
        {
            ctx.Error(root, "QX0002", $"expected root element <domain> but found <{root.Name.LocalName}>");
            return null;
        }

        var domain = new Domain
        {
            VirtType = ctx.RequiredAttr(root, "type") ?? "qemu",
            Id = XmlReadContext.Attr(root, "id"),
            Span = ctx.Span(root),
        };

        var extras = new List<GenericNode>();
        foreach (var child in root.Elements())
        {
            if (child.Name.Namespace == QemuNs)
            {
                domain = QemuNamespaceReader.Read(child, domain, ctx);
                continue;
            }

            if (child.Name.Namespace != XNamespace.None)
            {
                // Other namespaces (metadata extensions) are the user's business; keep nothing.
                continue;
            }

            if (TopLevelReaders.TryGetValue(child.Name.LocalName, out var reader))
            {
                domain = reader(child, domain, ctx);
            }
            else if (child.Name.LocalName == "metadata")
            {
                extras.Add(MetadataReader.Read(child));
            }
            else if (KeptVerbatim.Contains(child.Name.LocalName))
            {
                extras.Add(XmlReadContext.Generic(child));
            }
            else
            {
                ctx.Error(child, "QX0003", $"unknown element <{child.Name.LocalName}> in <domain>");
            }
        }

        if (domain.Memory.TotalKiB == 0 && root.Element("memory") is null && root.Element("cpu")?.Element("numa") is null)
        {
            ctx.Error(root, "QX0016", "missing <memory> element");
        }

        return domain with { Extras = extras.ToEquatableArray() };
    }

    private delegate Domain SectionReader(XElement element, Domain domain, XmlReadContext ctx);

    private static readonly Dictionary<string, SectionReader> TopLevelReaders = new()
    {
        ["name"] = (e, d, _) => d with { Name = e.Value },
        ["uuid"] = UuidReader.Read,
        ["genid"] = UuidReader.ReadGenId,
        ["title"] = (e, d, _) => d with { Title = e.Value },
        ["description"] = (e, d, _) => d with { Description = e.Value },
        ["memory"] = MemoryReader.ReadMemory,
        ["currentMemory"] = MemoryReader.ReadCurrentMemory,
        ["maxMemory"] = MemoryReader.ReadMaxMemory,
        ["memoryBacking"] = MemoryReader.ReadBacking,
        ["numatune"] = MemoryReader.ReadNumaTune,
        ["vcpu"] = VcpuReader.Read,
        ["iothreads"] = VcpuReader.ReadIoThreads,
        ["iothreadids"] = VcpuReader.ReadIoThreadIds,
        ["cputune"] = VcpuReader.ReadCpuTune,
        ["os"] = OsReader.Read,
        ["cpu"] = CpuReader.Read,
        ["clock"] = ClockReader.Read,
        ["features"] = FeaturesReader.Read,
        ["on_poweroff"] = (e, d, _) => d with { Lifecycle = d.Lifecycle with { OnPoweroff = e.Value } },
        ["on_reboot"] = (e, d, _) => d with { Lifecycle = d.Lifecycle with { OnReboot = e.Value } },
        ["on_crash"] = (e, d, _) => d with { Lifecycle = d.Lifecycle with { OnCrash = e.Value } },
        ["on_lockfailure"] = (e, d, _) => d with { Lifecycle = d.Lifecycle with { OnLockFailure = e.Value } },
        ["pm"] = PmReader.Read,
        ["devices"] = DevicesReader.Read,
    };

    /// <summary>Known libvirt elements without a typed record yet: kept generically for the writer.</summary>
    private static readonly HashSet<string> KeptVerbatim =
    [
        "idmap", "seclabel", "resource", "sysinfo", "keywrap", "launchSecurity", "blkiotune",
        "memtune", "perf", "bootloader", "bootloader_args", "defaultiothread", "vcpus", "throttlegroups",
    ];
}
