using System.Text.Json;

namespace Qconv.Compiler.Conformance;

/// <summary>
/// Compares two command lines in libvirt's test format, argument by argument (one argument, or an
/// option with its value, per line; lines end with <c>" \"</c>), to name the first difference.
/// </summary>
public static class ArgsDiff
{
    /// <summary>The arguments of an args text: its lines without the <c>" \"</c> continuation, final newline ignored.</summary>
    public static IReadOnlyList<string> SplitArguments(string text)
    {
        var t = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (t.EndsWith('\n'))
        {
            t = t[..^1];
        }

        return t.Split('\n').Select(l => l.EndsWith(" \\", StringComparison.Ordinal) ? l[..^2] : l).ToList();
    }

    /// <summary>Null when the texts are equal (a missing final newline aside); otherwise the first differing argument.</summary>
    public static (int Index, string? Expected, string? Got)? FirstDifference(string expected, string got)
    {
        if (Normalize(expected) == Normalize(got))
        {
            return null;
        }

        var e = SplitArguments(expected);
        var g = SplitArguments(got);
        for (var i = 0; i < Math.Max(e.Count, g.Count); i++)
        {
            var ei = i < e.Count ? e[i] : null;
            var gi = i < g.Count ? g[i] : null;
            if (ei != gi)
            {
                return (i, ei, gi);
            }
        }

        // Same arguments, different bytes (a missing " \" continuation, CR characters): name the first raw line.
        var er = expected.Split('\n');
        var gr = got.Split('\n');
        var k = 0;
        while (k < er.Length && k < gr.Length && er[k] == gr[k])
        {
            k++;
        }

        return (k, k < er.Length ? er[k] : null, k < gr.Length ? gr[k] : null);
    }

    /// <summary>
    /// A short name for the option an argument line belongs to, for grouping failures: the option itself
    /// (<c>-machine</c>), refined by the backend or driver for options that create objects
    /// (<c>-device virtio-net-pci</c>, <c>-object secret</c>, <c>-chardev socket</c>); environment lines
    /// are "environment", the binary "emulator binary".
    /// </summary>
    public static string OptionKey(string line)
    {
        if (!line.StartsWith('-'))
        {
            return line.StartsWith('/') ? "emulator binary" : line.Contains('=', StringComparison.Ordinal) ? "environment" : line;
        }

        var space = line.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return line;
        }

        var option = line[..space];
        var value = Unquote(line[(space + 1)..]);
        if (option is not ("-device" or "-object" or "-netdev" or "-chardev" or "-blockdev" or "-audiodev"))
        {
            return option;
        }

        var kind = value.StartsWith('{') ? JsonKind(value) : value.Split(',')[0];
        return kind is { Length: > 0 } ? option + " " + kind : option;
    }

    private static string? JsonKind(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            foreach (var key in new[] { "driver", "qom-type", "type" })
            {
                if (doc.RootElement.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String)
                {
                    return v.GetString();
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON after all; the option alone will do.
        }

        return null;
    }

    /// <summary>Undoes the single quotes libvirt's shell quoting puts around values with special characters.</summary>
    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '\'' && value[^1] == '\''
            ? value[1..^1].Replace("'\\''", "'", StringComparison.Ordinal)
            : value;

    /// <summary>Byte-for-byte comparison, except that a missing final newline is supplied.</summary>
    private static string Normalize(string text) => text.EndsWith('\n') ? text : text + "\n";
}
