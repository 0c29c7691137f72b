using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers;

/// <summary>&lt;qemu:commandline&gt;&lt;qemu:arg value=/&gt;&lt;qemu:env name= value=/&gt;.</summary>
internal static class QemuNamespaceReader
{
    public static Domain Read(XElement e, Domain d, XmlReadContext ctx)
    {
        switch (e.Name.LocalName)
        {
            case "deprecation":
                return d with { QemuTuning = d.QemuTuning with { Deprecation = ctx.Enum(e, "behavior", "none", "omit", "reject", "crash") } };
            case "override":
                return d with { QemuTuning = d.QemuTuning with { Devices = d.QemuTuning.Devices.Concat(ReadOverrides(e, ctx)).ToEquatableArray() } };
            case "capabilities":
                // Kept for the stored XML; qconv does not apply them to its own capability set.
                return d with
                {
                    QemuTuning = d.QemuTuning with
                    {
                        CapabilitiesAdded = d.QemuTuning.CapabilitiesAdded.Concat(Capabilities(e, "add", ctx)).ToEquatableArray(),
                        CapabilitiesRemoved = d.QemuTuning.CapabilitiesRemoved.Concat(Capabilities(e, "del", ctx)).ToEquatableArray(),
                    },
                };
            case not "commandline":
                return d;
        }

        var ns = DomainXmlReader.QemuNs;
        var args = e.Elements(ns + "arg").Select(a => ctx.RequiredAttr(a, "value") ?? string.Empty);
        var env = e.Elements(ns + "env").Select(v => new EnvVar(ctx.RequiredAttr(v, "name") ?? string.Empty, XmlReadContext.Attr(v, "value") ?? string.Empty));
        var prev = d.QemuCommandline;
        return d with
        {
            QemuCommandline = new QemuPassthrough(
                (prev?.Args ?? EquatableArray<string>.Empty).Concat(args).ToEquatableArray(),
                (prev?.Env ?? EquatableArray<EnvVar>.Empty).Concat(env).ToEquatableArray()),
        };
    }

    private static IEnumerable<string> Capabilities(XElement e, string op, XmlReadContext ctx) =>
        e.Elements(DomainXmlReader.QemuNs + op).Select(c => ctx.RequiredAttr(c, "capability") ?? string.Empty);

    private static IEnumerable<QemuDeviceOverride> ReadOverrides(XElement e, XmlReadContext ctx)
    {
        var ns = DomainXmlReader.QemuNs;
        foreach (var dev in e.Elements(ns + "device"))
        {
            var props = (dev.Element(ns + "frontend")?.Elements(ns + "property") ?? [])
                .Select(p => new QemuPropertyOverride(
                    ctx.RequiredAttr(p, "name") ?? string.Empty,
                    ctx.Enum(p, "type", "string", "signed", "unsigned", "bool", "remove") ?? "string",
                    XmlReadContext.Attr(p, "value")));
            yield return new QemuDeviceOverride(ctx.RequiredAttr(dev, "alias") ?? string.Empty, props.ToEquatableArray());
        }
    }
}
