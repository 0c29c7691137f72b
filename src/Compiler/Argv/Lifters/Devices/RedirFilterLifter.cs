using System.Globalization;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// usb-redir's <c>filter=</c> (the mirror of RedirdevEmitter's filter formatting) → &lt;redirfilter&gt;:
/// rules joined with '|', each <c>class:vendor:product:version:allow</c> as usbredirfilter's
/// usbredirfilter_string_to_rules reads them (numbers in C notation, so 0x-hex or decimal; -1 is
/// "any", an attribute left out). libvirt gives every redirdev the domain's one filter, so the
/// first usb-redir's filter is lifted once; a different one on a later device cannot be written.
/// </summary>
public static class RedirFilterLifter
{
    public static void Lift(PropertyBag p, LiftContext ctx)
    {
        if (p.Get("filter") is not { } value || p.GetString("filter") is not { } text)
        {
            return;
        }

        if (Parse(text) is not { } rules)
        {
            ctx.Malformed(value, $"-device usb-redir: filter '{text}' is not a list of class:vendor:product:version:allow rules");
            return;
        }

        if (ctx.Devices.OfType<RedirFilter>().FirstOrDefault() is { } existing)
        {
            if (!existing.Rules.Equals(rules))
            {
                ctx.Warning(LiftCodes.IgnoredProperty, value.Span, "-device usb-redir: libvirt gives every redirdev the same <redirfilter>; this device's different filter is not carried into domain XML");
            }

            return;
        }

        ctx.AddDevice(new RedirFilter { Rules = rules });
    }

    private static EquatableArray<RedirFilterRule>? Parse(string text)
    {
        var rules = new List<RedirFilterRule>();
        foreach (var rule in text.Split('|'))
        {
            var f = rule.Split(':');
            if (f.Length != 5 || !Field(f[0], 0xFF, out var cls) || !Field(f[1], 0xFFFF, out var vendor)
                || !Field(f[2], 0xFFFF, out var product) || !Field(f[3], 0xFFFF, out var version) || f[4] is not ("0" or "1"))
            {
                return null;
            }

            rules.Add(new RedirFilterRule(cls, vendor, product, version, f[4] == "1"));
        }

        return rules.ToEquatableArray();
    }

    // -1 is "any" (null); otherwise a value within the field's width.
    private static bool Field(string s, int max, out int? value)
    {
        value = null;
        if (s == "-1")
        {
            return true;
        }

        var hex = s.StartsWith("0x", StringComparison.OrdinalIgnoreCase);
        if (!int.TryParse(hex ? s.AsSpan(2) : s, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > max)
        {
            return false;
        }

        value = n;
        return true;
    }
}
