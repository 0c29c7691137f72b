using System.Xml;
using System.Xml.Linq;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint;

/// <summary>
/// Where a node of a parsed file starts. Documents are parsed without line information (storing it on
/// every node costs about a third of parsing, and most files have no finding); the first finding of a
/// file reads the file once more with an XmlReader, whose positions are the ones LoadOptions.SetLineInfo
/// would have stored: elements and attributes in document order, at their names.
/// </summary>
internal sealed class NodePositions(string file, byte[] bytes, XDocument doc)
{
    /// <summary>
    /// Node to index in <see cref="_positions"/> (line, column pairs): a dictionary with a tuple value
    /// would be compiled at run time in every process that reports a finding.
    /// </summary>
    private Dictionary<XObject, int>? _map;

    private readonly List<int> _positions = [];

    public SourceSpan SpanOf(XObject node)
    {
        if (node is IXmlLineInfo info && info.HasLineInfo())
        {
            return new SourceSpan(file, info.LineNumber, info.LinePosition);
        }

        _map ??= Read();
        // Text and other nodes are placed at their element.
        var key = node is XElement or XAttribute ? node : node.Parent;
        return key is not null && _map.TryGetValue(key, out var i) ? new SourceSpan(file, _positions[i], _positions[i + 1]) : SourceSpan.WholeFile(file);
    }

    private void Add(Dictionary<XObject, int> map, XObject node, IXmlLineInfo info)
    {
        map[node] = _positions.Count;
        _positions.Add(info.LineNumber);
        _positions.Add(info.LinePosition);
    }

    private Dictionary<XObject, int> Read()
    {
        var map = new Dictionary<XObject, int>();
        if (doc.Root is null)
        {
            return map;
        }

        using var elements = doc.Root.DescendantsAndSelf().GetEnumerator();
        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var info = (IXmlLineInfo)reader;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || !elements.MoveNext())
            {
                continue;
            }

            var element = elements.Current;
            Add(map, element, info);
            var attribute = element.FirstAttribute;
            for (var more = reader.MoveToFirstAttribute(); more && attribute is not null; more = reader.MoveToNextAttribute(), attribute = attribute.NextAttribute)
            {
                Add(map, attribute, info);
            }
        }

        return map;
    }
}
