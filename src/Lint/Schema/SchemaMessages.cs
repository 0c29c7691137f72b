namespace Qconv.Lint.Schema;

/// <summary>Trims System.Xml's messages to one line without the position (findings carry their own).</summary>
internal static class SchemaMessages
{
    public static string Shorten(string message)
    {
        var text = message.ReplaceLineEndings(" ");
        var at = text.IndexOf(" Line ", StringComparison.Ordinal);
        if (at > 0 && text.IndexOf(", position ", at, StringComparison.Ordinal) > at)
        {
            text = text[..at];
        }

        // "List of possible elements expected: ..." can run to dozens of names; keep a few.
        var list = text.IndexOf(" List of possible elements expected: ", StringComparison.Ordinal);
        if (list > 0 && text.Length - list > 200)
        {
            text = text[..(list + 197)] + "...";
        }

        return text.TrimEnd('.', ' ');
    }
}
