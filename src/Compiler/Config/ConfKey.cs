using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Config;

/// <summary>
/// One known qemu.conf key: how to check its value's type (as libvirt's virConfGetValue* do) and how to
/// store it in a <see cref="DriverConfig"/>. A wrong type adds an error and leaves the config unchanged.
/// </summary>
internal sealed record ConfKey(string Name, Func<DriverConfig, ConfValue, DiagnosticBag, DriverConfig> Apply)
{
    /// <summary>A 0/1 switch (libvirt's virConfGetValueBool: an integer that must be 0 or 1).</summary>
    public static ConfKey Bool(string name, Func<DriverConfig, bool, DriverConfig> set) => new(name, (c, v, bag) =>
    {
        if (v is ConfInteger { Value: 0 or 1 } i)
        {
            return set(c, i.Value == 1);
        }

        TypeError(bag, name, v, "0 or 1");
        return c;
    });

    /// <summary>A signed integer that fits in 32 bits.</summary>
    public static ConfKey Int(string name, Func<DriverConfig, int, DriverConfig> set) => new(name, (c, v, bag) =>
    {
        if (v is ConfInteger i && i.Value is >= int.MinValue and <= int.MaxValue)
        {
            return set(c, (int)i.Value);
        }

        TypeError(bag, name, v, "an integer");
        return c;
    });

    /// <summary>A non-negative integer (virConfGetValueUInt / ULLong).</summary>
    public static ConfKey UInt(string name, Func<DriverConfig, long, DriverConfig> set) => new(name, (c, v, bag) =>
    {
        if (v is ConfInteger { Value: >= 0 } i)
        {
            return set(c, i.Value);
        }

        TypeError(bag, name, v, "a non-negative integer");
        return c;
    });

    public static ConfKey Str(string name, Func<DriverConfig, string, DriverConfig> set) => new(name, (c, v, bag) =>
    {
        if (v is ConfString s)
        {
            return set(c, s.Value);
        }

        TypeError(bag, name, v, "a string");
        return c;
    });

    /// <summary>A string restricted to some words (libvirt reports other words as unsupported).</summary>
    public static ConfKey Word(string name, string[] allowed, Func<DriverConfig, string, DriverConfig> set) => new(name, (c, v, bag) =>
    {
        if (v is not ConfString s)
        {
            TypeError(bag, name, v, "a string");
            return c;
        }

        if (!allowed.Contains(s.Value, StringComparer.Ordinal))
        {
            bag.Error(ConfCodes.InvalidValue, v.Span, $"'{name}' must be one of {string.Join(", ", allowed)}; got '{s.Value}'");
            return c;
        }

        return set(c, s.Value);
    });

    /// <summary>A list of strings; with <paramref name="allowSingle"/> a lone string counts as a one-item list.</summary>
    public static ConfKey List(string name, bool allowSingle, Func<DriverConfig, IReadOnlyList<string>, DriverConfig> set) => new(name, (c, v, bag) =>
    {
        switch (v)
        {
            case ConfString s when allowSingle:
                return set(c, s.Value.Length == 0 ? [] : [s.Value]);
            case ConfList l when l.Items.All(i => i is ConfString):
                return set(c, l.Items.Cast<ConfString>().Select(i => i.Value).ToList());
            case ConfList l:
                var bad = l.Items.First(i => i is not ConfString);
                bag.Error(ConfCodes.Type, bad.Span, $"'{name}' must list strings; found {bad.TypeName}");
                return c;
            default:
                TypeError(bag, name, v, allowSingle ? "a string or a list of strings" : "a list of strings");
                return c;
        }
    });

    private static void TypeError(DiagnosticBag bag, string name, ConfValue v, string expected)
    {
        var got = v is ConfInteger i ? $"{v.TypeName} ({i.Value})" : v.TypeName;
        bag.Error(ConfCodes.Type, v.Span, $"'{name}' must be {expected}; found {got}");
    }
}
