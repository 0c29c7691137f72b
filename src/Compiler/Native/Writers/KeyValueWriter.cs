using System.Text;

namespace Qconv.Compiler.Native.Writers;

/// <summary>
/// Builds QEMU's <c>key=val,key2=val2</c> option syntax. Commas inside values are doubled
/// (<c>,,</c>), as QEMU's option parser requires (docs/system/invocation: "a comma is escaped by
/// doubling it"). The first item may be a bare implicit value (<c>-machine pc,...</c>).
/// </summary>
public sealed class KeyValueWriter
{
    private readonly StringBuilder _sb = new();

    public KeyValueWriter()
    {
    }

    public KeyValueWriter(string implicitValue) => Bare(implicitValue);

    public bool IsEmpty => _sb.Length == 0;

    /// <summary>Adds a value with no key (the implicit first key), escaped.</summary>
    public KeyValueWriter Bare(string value)
    {
        Separator();
        _sb.Append(Escape(value));
        return this;
    }

    public KeyValueWriter Add(string key, string value)
    {
        Separator();
        _sb.Append(key).Append('=').Append(Escape(value));
        return this;
    }

    public KeyValueWriter Add(string key, long value) => Add(key, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public KeyValueWriter Add(string key, ulong value) => Add(key, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public KeyValueWriter AddOnOff(string key, bool value) => Add(key, value ? "on" : "off");

    public KeyValueWriter AddIf(bool condition, string key, string value) => condition ? Add(key, value) : this;

    public KeyValueWriter AddIfNotNull(string key, string? value) => value is null ? this : Add(key, value);

    /// <summary>Adds text verbatim (already escaped), e.g. a nested <c>a.b=c</c> group.</summary>
    public KeyValueWriter Raw(string text)
    {
        Separator();
        _sb.Append(text);
        return this;
    }

    public static string Escape(string value) => value.Contains(',', StringComparison.Ordinal) ? value.Replace(",", ",,", StringComparison.Ordinal) : value;

    public override string ToString() => _sb.ToString();

    private void Separator()
    {
        if (_sb.Length > 0)
        {
            _sb.Append(',');
        }
    }
}
