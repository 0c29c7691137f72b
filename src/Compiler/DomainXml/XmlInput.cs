using System.Xml;
using System.Xml.Linq;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.DomainXml;

/// <summary>
/// Loads untrusted XML safely: DTDs are prohibited (no external entities, no entity expansion),
/// no resolver, line information kept for diagnostics. Shared by the domain reader and lint.
/// </summary>
public static class XmlInput
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        MaxCharactersFromEntities = 0,
    };

    // A reader atomizes every element and attribute name into its NameTable; a fresh table per document
    // re-adds the same few hundred libvirt names each time, a measurable share of loading a guest. The
    // table is per thread (NameTable is not thread-safe) and replaced now and then so a long run over
    // untrusted input cannot grow it without bound.
    private const int DocumentsPerNameTable = 1024;

    [ThreadStatic]
    private static XmlReaderSettings? _threadSettings;

    [ThreadStatic]
    private static int _threadDocuments;

    /// <summary>Parses <paramref name="text"/>; on malformed input adds QX0001 with line and column and returns null.</summary>
    public static XDocument? Load(string text, string fileName, DiagnosticBag bag)
    {
        try
        {
            using var sr = new StringReader(text);
            using var xr = XmlReader.Create(sr, ThreadSettings());
            return XDocument.Load(xr, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            var message = ex.Message;
            var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }

            bag.Error("QX0001", new SourceSpan(fileName, Math.Max(ex.LineNumber, 1), Math.Max(ex.LinePosition, 1)), $"malformed XML: {message.TrimEnd('.')}");
            return null;
        }
    }

    private static XmlReaderSettings ThreadSettings()
    {
        if (_threadSettings is null || ++_threadDocuments >= DocumentsPerNameTable)
        {
            var settings = Settings.Clone();
            settings.NameTable = new NameTable();
            _threadSettings = settings;
            _threadDocuments = 0;
        }

        return _threadSettings;
    }

    public static SourceSpan SpanOf(XObject node, string fileName)
    {
        var li = (IXmlLineInfo)node;
        return li.HasLineInfo() ? new SourceSpan(fileName, li.LineNumber, li.LinePosition) : SourceSpan.WholeFile(fileName);
    }
}
