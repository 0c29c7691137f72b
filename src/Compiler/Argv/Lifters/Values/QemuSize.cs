using System.Globalization;

namespace Qconv.Compiler.Argv.Lifters.Values;

/// <summary>
/// QEMU's size syntax (qemu_strtosz, docs/system/invocation "-m"): a decimal number, possibly with
/// a fraction, followed by an optional suffix B, K, M, G, T, P or E (either case, powers of 1024).
/// Options such as <c>-m</c> read a bare number in MiB; properties read it in bytes.
/// </summary>
public static class QemuSize
{
    /// <summary>The size in bytes, or null when <paramref name="text"/> is not a size.</summary>
    public static ulong? ParseBytes(string text, char defaultSuffix = 'B')
    {
        var end = 0;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.'))
        {
            end++;
        }

        if (end == 0 || !decimal.TryParse(text.AsSpan(0, end), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var suffix = end == text.Length ? defaultSuffix : text.Length == end + 1 ? char.ToUpperInvariant(text[end]) : '\0';
        var shift = "BKMGTPE".IndexOf(suffix, StringComparison.Ordinal);
        if (shift < 0)
        {
            return null;
        }

        var bytes = number * (decimal)Math.Pow(1024, shift);
        return bytes is < 0 or > ulong.MaxValue || bytes != decimal.Truncate(bytes) ? null : (ulong)bytes;
    }

    /// <summary>Bytes as KiB, libvirt's unit for memory sizes (rounded up to a whole KiB).</summary>
    public static ulong ToKiB(ulong bytes) => (bytes + 1023) / 1024;
}
