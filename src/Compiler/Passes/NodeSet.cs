using System.Globalization;

namespace Qconv.Compiler.Passes;

/// <summary>
/// libvirt's node/CPU set syntax (virBitmapParse): comma-separated numbers and ranges, a
/// <c>^N</c> item excluding a number, e.g. <c>1-2,5-7,^6</c> = {1, 2, 5, 7}.
/// </summary>
public static class NodeSet
{
    public static IReadOnlyList<int>? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var set = new SortedSet<int>();
        var excluded = new HashSet<int>();
        foreach (var raw in text.Split(','))
        {
            var item = raw.Trim();
            if (item.StartsWith('^'))
            {
                if (!int.TryParse(item.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var ex))
                {
                    return null;
                }

                excluded.Add(ex);
                continue;
            }

            var dash = item.IndexOf('-', StringComparison.Ordinal);
            if (dash < 0)
            {
                if (!int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var single))
                {
                    return null;
                }

                set.Add(single);
            }
            else if (int.TryParse(item.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var lo) &&
                     int.TryParse(item.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var hi) && lo <= hi)
            {
                for (var i = lo; i <= hi; i++)
                {
                    set.Add(i);
                }
            }
            else
            {
                return null;
            }
        }

        set.ExceptWith(excluded);
        return set.ToList();
    }

    /// <summary>Formats a set back as ranges (<c>0-3,5</c>), the way QEMU's -numa cpus= wants one range per item.</summary>
    public static IEnumerable<string> Ranges(IReadOnlyList<int> values)
    {
        var i = 0;
        while (i < values.Count)
        {
            var start = values[i];
            var end = start;
            while (i + 1 < values.Count && values[i + 1] == end + 1)
            {
                end = values[++i];
            }

            yield return start == end
                ? start.ToString(CultureInfo.InvariantCulture)
                : $"{start.ToString(CultureInfo.InvariantCulture)}-{end.ToString(CultureInfo.InvariantCulture)}";
            i++;
        }
    }
}
