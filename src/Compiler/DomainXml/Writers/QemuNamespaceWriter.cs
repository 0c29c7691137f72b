using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Writers;

/// <summary>
/// The qemu namespace elements after &lt;devices&gt; (qemuDomainDefNamespaceFormat,
/// https://libvirt.org/kbase/qemu-passthrough-security.html): commandline, capabilities,
/// override, deprecation, in that order.
/// </summary>
internal static class QemuNamespaceWriter
{
    public static bool IsUsed(Domain d) => d.QemuCommandline is not null || !d.QemuTuning.IsEmpty;

    public static void Write(XmlTextBuilder x, Domain d)
    {
        if (d.QemuCommandline is { } q)
        {
            x.Open("qemu:commandline");
            foreach (var a in q.Args)
            {
                x.Empty("qemu:arg", ("value", a));
            }

            foreach (var (k, v) in q.Env)
            {
                // An empty value is no value (qemuDomainDefNamespaceFormat escapes a missing string to nothing).
                x.Empty("qemu:env", ("name", k), ("value", string.IsNullOrEmpty(v) ? null : v));
            }

            x.Close();
        }

        var t = d.QemuTuning;
        x.Element("qemu:capabilities", caps =>
        {
            foreach (var c in t.CapabilitiesAdded)
            {
                caps.Empty("qemu:add", ("capability", c));
            }

            foreach (var c in t.CapabilitiesRemoved)
            {
                caps.Empty("qemu:del", ("capability", c));
            }
        });
        x.Element("qemu:override", o =>
        {
            foreach (var dev in t.Devices)
            {
                o.Open("qemu:device", ("alias", dev.Alias));
                o.Element("qemu:frontend", f =>
                {
                    foreach (var p in dev.Properties)
                    {
                        f.Empty("qemu:property", ("name", p.Name), ("type", p.Type), ("value", p.Value));
                    }
                });
                o.Close();
            }
        });
        DomainXmlWriter.OptionalEmpty(x, "qemu:deprecation", "behavior", t.Deprecation);
    }
}
