using System.Xml.Linq;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Readers;

/// <summary>&lt;pm&gt;&lt;suspend-to-mem enabled=.../&gt;&lt;suspend-to-disk enabled=.../&gt;&lt;/pm&gt;.</summary>
internal static class PmReader
{
    public static Domain Read(XElement e, Domain d, XmlReadContext ctx)
    {
        var mem = e.Element("suspend-to-mem");
        var disk = e.Element("suspend-to-disk");
        return d with
        {
            Pm = new PowerManagement(
                mem is null ? null : ctx.Bool(mem, "enabled"),
                disk is null ? null : ctx.Bool(disk, "enabled")),
        };
    }
}
