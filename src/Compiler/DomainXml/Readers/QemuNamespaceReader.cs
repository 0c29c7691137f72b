using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers;

/// <summary>&lt;qemu:commandline&gt;&lt;qemu:arg value=/&gt;&lt;qemu:env name= value=/&gt;.</summary>
internal static class QemuNamespaceReader
{
    public static Domain Read(XElement e, Domain d, XmlReadContext ctx)
    {
        if (e.Name.LocalName != "commandline")
        {
            // qemu:capabilities, qemu:override and qemu:deprecation tune libvirt itself; they are
            // accepted but have no effect on the command line qconv emits.
            return d;
        }

        var ns = DomainXmlReader.QemuNs;
        var args = e.Elements(ns + "arg").Select(a => ctx.RequiredAttr(a, "value") ?? string.Empty);
        var env = e.Elements(ns + "env").Select(v => new KeyValuePair<string, string?>(ctx.RequiredAttr(v, "name") ?? string.Empty, XmlReadContext.Attr(v, "value")));
        var prev = d.QemuCommandline;
        return d with
        {
            QemuCommandline = new QemuPassthrough(
                (prev?.Args ?? EquatableArray<string>.Empty).Concat(args).ToEquatableArray(),
                (prev?.Env ?? EquatableArray<KeyValuePair<string, string?>>.Empty).Concat(env).ToEquatableArray()),
        };
    }
}
