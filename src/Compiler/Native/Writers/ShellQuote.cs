using System.Buffers;
using System.Text;

namespace Qconv.Compiler.Native.Writers;

/// <summary>
/// POSIX shell quoting as libvirt prints command lines (virCommandToString with
/// virBufferEscapeShell): a word with no shell metacharacter is printed as is; otherwise it is
/// wrapped in single quotes and each embedded quote becomes <c>'\''</c>. The empty word is <c>''</c>.
/// </summary>
public static class ShellQuote
{
    private static readonly SearchValues<char> Special = SearchValues.Create("\r\t\n !\"#$&'()*;<>?[\\]^`{|}~");

    public static string Quote(string word)
    {
        if (word.Length > 0 && word.AsSpan().IndexOfAny(Special) < 0)
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
}
