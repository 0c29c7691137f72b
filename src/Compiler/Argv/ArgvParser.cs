using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Qconv.Compiler.Argv.Grammar;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Argv;

/// <summary>The entry point of the argv front end: QEMU command line text → <see cref="ArgvCommandLine"/>.</summary>
public static class ArgvParser
{
    /// <summary>
    /// Parses <paramref name="text"/> (the contents of <paramref name="fileName"/>). Never throws for
    /// bad input: problems go to <paramref name="diagnostics"/> with QA codes and original positions,
    /// and the result holds whatever could be read.
    /// </summary>
    public static ArgvCommandLine Parse(string text, string fileName, DiagnosticBag diagnostics)
    {
        var source = new SourceText(fileName, text);
        var listener = new SyntaxErrorListener(source, diagnostics);

        // AntlrInputStream indexes UTF-16 units, like .NET strings and SourceText.
        var lexer = new QemuArgvLexer(new AntlrInputStream(text));
        lexer.RemoveErrorListeners();
        lexer.AddErrorListener(listener);
        var tokens = new CommonTokenStream(lexer);
        var parser = new QemuArgvParser(tokens);
        parser.RemoveErrorListeners();
        parser.AddErrorListener(listener);

        // The grammar is LL(2) with its two ambiguities resolved greedily, which SLL does without the
        // cost of full-context prediction.
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        var tree = parser.commandLine();
        return new AstBuilder(source, tokens, diagnostics).Build(tree);
    }
}
