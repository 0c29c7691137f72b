using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Caps;

/// <summary>
/// Reads libvirt's QEMU capability cache format (<c>&lt;qemuCaps&gt;</c>, written by libvirt's
/// virQEMUCapsFormatCache; libvirt's own test suite stores its capability data in the same format).
/// Unknown elements are skipped, as newer libvirt versions add some. Problems become diagnostics with
/// file:line:col; a file with errors yields null.
/// </summary>
public static class CapsFileReader
{
    public static QemuCaps? Read(string path, DiagnosticBag bag)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(CapsCodes.Unreadable, SourceSpan.WholeFile(path), $"cannot read capabilities file: {e.Message}");
            return null;
        }

        return Parse(text, path, bag);
    }

    /// <summary>Parses capability XML already in memory; <paramref name="fileName"/> names it in diagnostics.</summary>
    public static QemuCaps? Parse(string text, string fileName, DiagnosticBag bag)
    {
        var root = LoadRoot(text, fileName, bag);
        if (root is null)
        {
            return null;
        }

        var errorsBefore = bag.Count(d => d.Severity == Severity.Error);
        var ctx = new Context(fileName, bag);
        if (root.Name.LocalName != "qemuCaps")
        {
            ctx.Error(root, $"expected root element <qemuCaps>, found <{root.Name.LocalName}>");
            return null;
        }

        var version = ctx.RequiredInt(root, "version");
        var kvmVersion = ctx.OptionalInt(root, "kvmVersion") ?? 0;
        var arch = ctx.RequiredText(root, "arch");
        var microcode = ctx.OptionalLong(root, "microcodeVersion");
        var flags = ReadFlags(root, ctx);
        var accels = AccelSection.ReadAll(root, ctx);
        var hyperv = ReadHyperv(root, ctx);
        var gic = root.Elements("gic").Select(e => new GicCapability(
            ctx.RequiredIntAttr(e, "version"), ctx.YesNo(e, "kernel") ?? false, ctx.YesNo(e, "emulated") ?? false)).ToList();

        if (bag.Count(d => d.Severity == Severity.Error) > errorsBefore || arch is null)
        {
            return null;
        }

        return new QemuCaps(
            version, kvmVersion, arch, flags, accels,
            emulator: Text(root, "emulator"), package: Text(root, "package"),
            microcodeVersion: microcode, hyperv: hyperv, gic: gic);
    }

    private static XElement? LoadRoot(string text, string fileName, DiagnosticBag bag)
    {
        // DTDs are refused outright: a cache file never has one, and entity expansion is an attack surface.
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo).Root;
        }
        catch (XmlException e)
        {
            bag.Error(CapsCodes.MalformedXml, new SourceSpan(fileName, e.LineNumber, e.LinePosition), $"malformed capabilities XML: {e.Message}");
            return null;
        }
    }

    private static List<QemuCap> ReadFlags(XElement root, Context ctx)
    {
        var flags = new List<QemuCap>();
        foreach (var e in root.Elements("flag"))
        {
            var name = ctx.RequiredAttr(e, "name");
            if (name is null)
            {
                continue;
            }

            var cap = new QemuCap(name);
            if (!cap.IsKnown)
            {
                ctx.Bag.Warning(CapsCodes.UnknownFlag, ctx.Span(e), $"capability flag '{name}' is not one libvirt 9.0 knows; kept as is");
            }

            flags.Add(cap);
        }

        return flags;
    }

    private static HypervCapabilities? ReadHyperv(XElement root, Context ctx)
    {
        var e = root.Element("hypervCapabilities");
        if (e is null)
        {
            return null;
        }

        var features = e.Elements("cap").Select(c => ctx.RequiredAttr(c, "name")).OfType<string>().ToList();
        return new HypervCapabilities(ctx.YesNo(e, "supported") ?? false, features);
    }

    private static string? Text(XElement root, string name) => root.Element(name)?.Value.Trim();

    /// <summary>Diagnostic helpers bound to one file; every message names the element it is about.</summary>
    internal sealed class Context(string fileName, DiagnosticBag bag)
    {
        public DiagnosticBag Bag => bag;

        public SourceSpan Span(XObject node) =>
            node is IXmlLineInfo li && li.HasLineInfo()
                ? new SourceSpan(fileName, li.LineNumber, li.LinePosition)
                : SourceSpan.WholeFile(fileName);

        public void Error(XObject node, string message) => bag.Error(CapsCodes.InvalidContent, Span(node), message);

        public string? RequiredAttr(XElement e, string name)
        {
            var a = e.Attribute(name);
            if (a is null)
            {
                Error(e, $"<{e.Name.LocalName}> lacks the '{name}' attribute");
                return null;
            }

            return a.Value;
        }

        public int RequiredIntAttr(XElement e, string name)
        {
            var text = RequiredAttr(e, name);
            return text is null ? 0 : ParseInt(e.Attribute(name)!, text, name);
        }

        public int? OptionalIntAttr(XElement e, string name)
        {
            var a = e.Attribute(name);
            return a is null ? null : ParseInt(a, a.Value, name);
        }

        /// <summary>libvirt writes booleans as yes/no; anything else is an error.</summary>
        public bool? YesNo(XElement e, string name)
        {
            var a = e.Attribute(name);
            switch (a?.Value)
            {
                case null:
                    return null;
                case "yes":
                    return true;
                case "no":
                    return false;
                default:
                    Error(a, $"'{name}' must be 'yes' or 'no', not '{a.Value}'");
                    return null;
            }
        }

        public string? RequiredText(XElement parent, string child)
        {
            var e = parent.Element(child);
            if (e is null)
            {
                Error(parent, $"<{parent.Name.LocalName}> lacks a <{child}> element");
                return null;
            }

            return e.Value.Trim();
        }

        public int RequiredInt(XElement parent, string child)
        {
            var text = RequiredText(parent, child);
            return text is null ? 0 : ParseInt(parent.Element(child)!, text, child);
        }

        public int? OptionalInt(XElement parent, string child)
        {
            var e = parent.Element(child);
            return e is null ? null : ParseInt(e, e.Value.Trim(), child);
        }

        public long? OptionalLong(XElement parent, string child)
        {
            var e = parent.Element(child);
            if (e is null)
            {
                return null;
            }

            if (long.TryParse(e.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
            {
                return v;
            }

            Error(e, $"<{child}> must be an integer, not '{e.Value.Trim()}'");
            return null;
        }

        private int ParseInt(XObject where, string text, string what)
        {
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
            {
                return v;
            }

            Error(where, $"'{what}' must be an integer, not '{text}'");
            return 0;
        }
    }
}
