using System.Text;

namespace Qconv.Compiler.Native.Writers;

/// <summary>
/// POSIX shell quoting as libvirt prints command lines (virCommandToString with
/// virBufferEscapeShell): a word with no shell metacharacter is printed as is; otherwise it is
/// wrapped in single quotes and each embedded quote becomes <c>'\''</c>. The empty word is <c>''</c>.
/// </summary>
public static class ShellQuote
{
    // A lookup table, not SearchValues: the vectorised SearchValues code is not in the ReadyToRun
    // image, and JIT-compiling it took about 5 ms of every to-native process; words are short.
    private const string Metacharacters = "\r\t\n !\"#$&'()*;<>?[\\]^`{|}~";

    private static readonly bool[] IsSpecial = AsciiTable(Metacharacters);

    public static string Quote(string word)
    {
        if (word.Length > 0 && !HasSpecial(word))
        {
            return word;
        }

        var sb = new StringBuilder(word.Length + 2);
        sb.Append('\'');
        foreach (var ch in word)
        {
            if (ch == '\'')
            {
                sb.Append("'\\''");
            }
            else
            {
                sb.Append(ch);
            }
        }

        return sb.Append('\'').ToString();
    }

    private static bool HasSpecial(string word)
    {
        foreach (var ch in word)
        {
            if (ch < IsSpecial.Length && IsSpecial[ch])
            {
                return true;
            }
        }

        return false;
    }

    private static bool[] AsciiTable(string chars)
    {
        var table = new bool[128];
        foreach (var ch in chars)
        {
            table[ch] = true;
        }

        return table;
    }
}
