using System.Globalization;
using System.Text;

namespace Qconv.Compiler.Native.Writers;

/// <summary>
/// An ordered JSON object as libvirt builds them for <c>-device</c>, <c>-blockdev</c>,
/// <c>-object</c>, <c>-netdev</c> and <c>-audiodev</c>: properties stay in insertion order and
/// the text is compact (no spaces), with only <c>"</c>, <c>\</c> and control characters escaped.
/// </summary>
public sealed class JsonProps
{
    private const int MaxPooledCapacity = 4096;

    [ThreadStatic]
    private static StringBuilder? _threadBuilder;

    private readonly List<KeyValuePair<string, object>> _props = [];

    public int Count => _props.Count;

    public IReadOnlyList<KeyValuePair<string, object>> Items => _props;

    public JsonProps Add(string key, string value) => Put(key, value);

    public JsonProps Add(string key, long value) => Put(key, value);

    public JsonProps Add(string key, ulong value) => Put(key, value);

    public JsonProps Add(string key, bool value) => Put(key, value);

    public JsonProps Add(string key, JsonProps value) => Put(key, value);

    public JsonProps Add(string key, IEnumerable<object> array) => Put(key, array.ToList());

    /// <summary>An explicit JSON <c>null</c> (e.g. <c>"backing":null</c> to stop QEMU probing a backing file).</summary>
    public JsonProps AddNull(string key) => Put(key, DBNull.Value);

    public JsonProps AddIfNotNull(string key, string? value) => value is null ? this : Put(key, value);

    public JsonProps AddIfNotNull(string key, long? value) => value is null ? this : Put(key, value.Value);

    public JsonProps AddIfNotNull(string key, bool? value) => value is null ? this : Put(key, value.Value);

    public bool Contains(string key) => _props.Exists(p => p.Key == key);

    /// <summary>Removes a key (for user overrides of generated properties).</summary>
    public JsonProps Remove(string key)
    {
        _props.RemoveAll(p => p.Key == key);
        return this;
    }

    /// <summary>Appends a value of any supported JSON type (string, bool, long, ulong, object, array).</summary>
    public JsonProps Set(string key, object value) => Put(key, value);

    public override string ToString()
    {
        // One builder per thread, reused: a command line writes dozens of these objects.
        var sb = _threadBuilder ?? new StringBuilder(256);
        _threadBuilder = null;
        sb.Clear();
        WriteObject(sb, this);
        var text = sb.ToString();
        if (sb.Capacity <= MaxPooledCapacity)
        {
            _threadBuilder = sb;
        }

        return text;
    }

    private JsonProps Put(string key, object value)
    {
        _props.Add(new(key, value));
        return this;
    }

    private static void WriteObject(StringBuilder sb, JsonProps obj)
    {
        sb.Append('{');
        for (var i = 0; i < obj._props.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            WriteString(sb, obj._props[i].Key);
            sb.Append(':');
            WriteValue(sb, obj._props[i].Value);
        }

        sb.Append('}');
    }

    private static void WriteValue(StringBuilder sb, object value)
    {
        switch (value)
        {
            case string s:
                WriteString(sb, s);
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case DBNull:
                sb.Append("null");
                break;
            case long l:
                sb.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case int i:
                sb.Append(i.ToString(CultureInfo.InvariantCulture));
                break;
            case ulong u:
                sb.Append(u.ToString(CultureInfo.InvariantCulture));
                break;
            case JsonProps o:
                WriteObject(sb, o);
                break;
            case IEnumerable<object> list:
                sb.Append('[');
                var first = true;
                foreach (var item in list)
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }

                    first = false;
                    WriteValue(sb, item);
                }

                sb.Append(']');
                break;
            default:
                throw new InvalidOperationException($"unsupported JSON value {value.GetType()}");
        }
    }

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        if (!NeedsEscape(s))
        {
            sb.Append(s).Append('"');
            return;
        }

        foreach (var ch in s)
        {
            switch (ch)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\b':
                    sb.Append("\\b");
                    break;
                case '\f':
                    sb.Append("\\f");
                    break;
                default:
                    if (ch < 0x20)
                    {
                        sb.Append("\\u").Append(((int)ch).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(ch);
                    }

                    break;
            }
        }

        sb.Append('"');
    }

    // Whether the string holds a character JSON may not hold literally (RFC 8259 section 7).
    // A plain loop, not SearchValues: its vectorised code is not in the ReadyToRun image and was
    // JIT-compiled at the start of every to-native process (about 5 ms); values are short.
    private static bool NeedsEscape(string s)
    {
        foreach (var ch in s)
        {
            if (ch < 0x20 || ch == '"' || ch == '\\')
            {
                return true;
            }
        }

        return false;
    }
}
