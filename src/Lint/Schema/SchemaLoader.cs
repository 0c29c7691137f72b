using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Qconv.Lint.Schema;

/// <summary>
/// Reads domain.xsd and its includes into <see cref="ElementDecl"/>s. Only the XSD constructs
/// domain.xsd uses are understood (see <see cref="ComplexType"/> and <see cref="SimpleType"/>); any
/// other construct is a build error of the schema, reported as such, so the schema cannot quietly
/// say more than is checked. Reading the XSD as plain XML costs a fraction of what compiling it
/// with System.Xml.Schema costs at every start of the process.
/// </summary>
internal sealed class SchemaLoader
{
    private static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";

    private readonly Dictionary<string, XElement> _simpleDefs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, XElement> _complexDefs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SimpleType> _simple = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ComplexType> _complex = new(StringComparer.Ordinal);
    private readonly List<XElement> _globalElements = [];

    /// <summary>The global element declarations of <paramref name="rootFile"/> and the files it includes.</summary>
    public static Dictionary<string, ElementDecl> Load(string rootFile, Func<string, Stream> open)
    {
        var loader = new SchemaLoader();
        loader.Read(rootFile, open, []);
        var globals = new Dictionary<string, ElementDecl>(StringComparer.Ordinal);
        foreach (var e in loader._globalElements)
        {
            var decl = loader.Element(e);
            globals[decl.Name] = decl;
        }

        return globals;
    }

    private void Read(string file, Func<string, Stream> open, HashSet<string> seen)
    {
        if (!seen.Add(file))
        {
            return;
        }

        XElement schema;
        using (var stream = open(file))
        using (var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
        {
            schema = XElement.Load(reader);
        }

        foreach (var item in schema.Elements())
        {
            var name = (string?)item.Attribute("name");
            switch (item.Name.LocalName)
            {
                case "include":
                    Read(Required(item, "schemaLocation"), open, seen);
                    break;
                case "element":
                    _globalElements.Add(item);
                    break;
                case "simpleType":
                    _simpleDefs[Required(item, "name")] = item;
                    break;
                case "complexType":
                    _complexDefs[Required(item, "name")] = item;
                    break;
                default:
                    throw Unsupported(item);
            }
        }
    }

    private ElementDecl Element(XElement e)
    {
        var name = Required(e, "name");
        if ((string?)e.Attribute("type") is { } typeName)
        {
            return new ElementDecl(name, TypeNamed(typeName, e));
        }

        if (e.Element(Xs + "complexType") is { } complex)
        {
            return new ElementDecl(name, Complex(complex));
        }

        return new ElementDecl(name, ComplexType.OfText(e.Element(Xs + "simpleType") is { } simple ? Simple(simple, string.Empty) : SimpleType.BuiltIn("string")!));
    }

    /// <summary>The type an element's @type names: a complex type, or a simple type as text content.</summary>
    private ComplexType TypeNamed(string name, XElement at)
    {
        if (_complex.TryGetValue(name, out var known))
        {
            return known;
        }

        if (_complexDefs.TryGetValue(name, out var def))
        {
            return Complex(def, name);
        }

        return ComplexType.OfText(SimpleNamed(name, at));
    }

    private ComplexType Complex(XElement def, string? name = null)
    {
        var type = new ComplexType { Mixed = (bool?)def.Attribute("mixed") ?? false };
        if (name is not null)
        {
            _complex[name] = type;
        }

        foreach (var part in def.Elements())
        {
            switch (part.Name.LocalName)
            {
                case "choice":
                    Choice(part, type);
                    break;
                case "sequence":
                    LaxSequence(part, type);
                    break;
                case "simpleContent":
                    var extension = part.Element(Xs + "extension") ?? throw Unsupported(part);
                    type.Content = ContentKind.Simple;
                    type.Text = SimpleNamed(Required(extension, "base"), extension);
                    Attributes(extension, type);
                    break;
                case "attribute":
                case "anyAttribute":
                    break;
                default:
                    throw Unsupported(part);
            }
        }

        Attributes(def, type);
        return type;
    }

    private void Choice(XElement choice, ComplexType type)
    {
        if ((string?)choice.Attribute("maxOccurs") != "unbounded")
        {
            throw Unsupported(choice);
        }

        type.Content = ContentKind.Choice;
        foreach (var p in choice.Elements())
        {
            if (p.Name == Xs + "element")
            {
                var decl = Element(p);
                type.Children[decl.Name] = decl;
            }
            else if (p.Name == Xs + "any" && (string?)p.Attribute("namespace") == "##other" && (string?)p.Attribute("processContents") == "skip")
            {
                type.SkipsOtherNamespaces = true;
            }
            else
            {
                throw Unsupported(p);
            }
        }
    }

    private static void LaxSequence(XElement sequence, ComplexType type)
    {
        var only = sequence.Elements().SingleOrDefault();
        if (only is null || only.Name != Xs + "any" || (string?)only.Attribute("processContents") != "lax"
            || (string?)only.Attribute("maxOccurs") != "unbounded" || only.Attribute("namespace") is not null)
        {
            throw Unsupported(sequence);
        }

        type.Content = ContentKind.Lax;
    }

    private void Attributes(XElement owner, ComplexType type)
    {
        foreach (var a in owner.Elements(Xs + "attribute"))
        {
            var name = Required(a, "name");
            var simple = (string?)a.Attribute("type") is { } t ? SimpleNamed(t, a)
                : a.Element(Xs + "simpleType") is { } inline ? Simple(inline, string.Empty) : SimpleType.BuiltIn("string")!;
            type.Attributes[name] = new AttributeDecl(name, simple, (string?)a.Attribute("use") == "required");
        }

        if (owner.Element(Xs + "anyAttribute") is { } any)
        {
            type.AnyAttribute = (string?)any.Attribute("namespace") ?? "##any";
        }
    }

    private SimpleType SimpleNamed(string name, XElement at)
    {
        if (name.StartsWith("xs:", StringComparison.Ordinal))
        {
            return SimpleType.BuiltIn(name[3..]) ?? throw Unsupported(at);
        }

        if (_simple.TryGetValue(name, out var known))
        {
            return known;
        }

        var def = _simpleDefs.GetValueOrDefault(name) ?? throw new InvalidOperationException($"domain schema: type '{name}' is not defined");
        return _simple[name] = Simple(def, "a valid " + name);
    }

    /// <param name="name">"a valid TYPE" for a named type, empty for an anonymous one.</param>
    private SimpleType Simple(XElement def, string name)
    {
        if (def.Element(Xs + "union") is { } union)
        {
            var members = Required(union, "memberTypes").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(m => SimpleNamed(m, union)).ToList();
            return SimpleType.Union(name, members);
        }

        var r = def.Element(Xs + "restriction") ?? throw Unsupported(def);
        var baseType = SimpleNamed(Required(r, "base"), r);
        var enumeration = new List<string>();
        var patterns = new List<string>();
        long? min = null, max = null;
        int? minLength = null;
        foreach (var facet in r.Elements())
        {
            var value = Required(facet, "value");
            switch (facet.Name.LocalName)
            {
                case "enumeration": enumeration.Add(value); break;
                case "pattern": patterns.Add(value); break;
                case "minInclusive": min = long.Parse(value, CultureInfo.InvariantCulture); break;
                case "maxInclusive": max = long.Parse(value, CultureInfo.InvariantCulture); break;
                case "minLength": minLength = int.Parse(value, CultureInfo.InvariantCulture); break;
                default: throw Unsupported(facet);
            }
        }

        return SimpleType.Restrict(name, baseType, enumeration, patterns, min, max, minLength);
    }

    private static string Required(XElement e, string attribute) =>
        (string?)e.Attribute(attribute) ?? throw new InvalidOperationException($"domain schema: <xs:{e.Name.LocalName}> needs @{attribute}");

    private static InvalidOperationException Unsupported(XElement e) =>
        new($"domain schema: <xs:{e.Name.LocalName}> here is outside the XSD subset qconv's validator implements (src/Lint/Schema/SchemaLoader.cs)");
}
