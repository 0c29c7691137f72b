using Antlr4.Runtime;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Argv;

/// <summary>
/// Reports ANTLR's syntax errors as diagnostics instead of printing them. The grammar accepts every
/// token sequence and every character lexes, so this is a safety net, not a code path users meet.
/// </summary>
internal sealed class SyntaxErrorListener(SourceText source, DiagnosticBag diagnostics)
    : IAntlrErrorListener<IToken>, IAntlrErrorListener<int>
{
    public void SyntaxError(TextWriter output, IRecognizer recognizer, IToken offendingSymbol, int line, int charPositionInLine, string msg, RecognitionException e) =>
        Report(offendingSymbol?.StartIndex ?? 0, msg);

    public void SyntaxError(TextWriter output, IRecognizer recognizer, int offendingSymbol, int line, int charPositionInLine, string msg, RecognitionException e) =>
        Report(((Lexer)recognizer).CharIndex, msg);

    private void Report(int offset, string message)
    {
        offset = Math.Clamp(offset, 0, source.Text.Length);
        diagnostics.Error(ArgvCodes.Syntax, source.Span(offset, offset + 1), message);
    }
}
