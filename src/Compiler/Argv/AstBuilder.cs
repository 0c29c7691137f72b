using System.Collections.Immutable;
using Antlr4.Runtime;
using Qconv.Compiler.Argv.Grammar;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Argv;

/// <summary>
/// Turns the parse tree of grammar/QemuArgv.g4 into an <see cref="ArgvCommandLine"/>: decodes the
/// words, pairs options with their values using <see cref="QemuOptionTable"/>, and reads option
/// values as properties. The only place that sees ANTLR types besides <see cref="ArgvParser"/>.
/// </summary>
internal sealed class AstBuilder(SourceText source, ITokenStream tokens, DiagnosticBag diagnostics)
{
    private readonly WordDecoder _decoder = new(source, diagnostics);

    public ArgvCommandLine Build(QemuArgvParser.CommandLineContext tree)
    {
        var envContexts = tree.envAssignment();
        var env = envContexts.Select(BuildEnv).ToList();
        var binary = tree.program() is { } program ? Word(program.plainWord()) : null;
        var words = tree.argument().Select(a => Word((ParserRuleContext?)a.optionWord() ?? a.plainWord())).ToList();
        if (binary is not null && words.Count > 0 && IsCephMonitorList(env, words[0]))
        {
            // libvirt's converter (qemuStringToArgvEnv, "accept a space in CEPH_ARGS") read
            // `CEPH_ARGS=-m host:port,...` as one assignment; its rbd test files rely on that.
            var last = env[^1];
            var joined = _decoder.Decode(tokens, envContexts[^1].envValue().Start.TokenIndex, tree.program().plainWord().Stop.TokenIndex);
            diagnostics.Warning(ArgvCodes.CephArgsSpace, binary.Span,
                "unquoted space after CEPH_ARGS=-m: read as part of CEPH_ARGS, as libvirt did; quote the value instead");
            env[^1] = last with { Value = joined };
            binary = words[0];
            words.RemoveAt(0);
        }

        if (binary is null && words.Count == 0)
        {
            var at = tree.Start.Type == TokenConstants.EOF ? source.Text.Length : tree.Start.StartIndex;
            diagnostics.Error(ArgvCodes.EmptyCommandLine, source.Span(Math.Min(at, source.Text.Length), source.Text.Length),
                "empty command line: expected an emulator binary and its options");
        }
        else if (binary is null)
        {
            diagnostics.Warning(ArgvCodes.NoBinary, words[0].Span, "no emulator binary before the first option");
        }

        return new ArgvCommandLine(source.File, [.. env], binary, PairOptions(words));
    }

    private ArgvEnvVar BuildEnv(QemuArgvParser.EnvAssignmentContext ctx)
    {
        var value = ctx.envValue() is { } v ? Word(v) : _decoder.Empty(ctx.EQ().Symbol.StopIndex + 1);
        var name = ctx.NAME().Symbol;
        return new ArgvEnvVar(name.Text, value, source.Span(name.StartIndex, name.StopIndex + 1));
    }

    private ArgvWord Word(ParserRuleContext ctx) => _decoder.Decode(tokens, ctx.Start.TokenIndex, ctx.Stop.TokenIndex);

    // QEMU's own rule (vl.c): a word starting with '-' is an option, looked up without its dash;
    // "--name" means "-name". A known option takes exactly the next word when it has an argument,
    // whatever that word looks like. See ArgvOptionKind for unknown options and stray words.
    private ImmutableArray<ArgvOption> PairOptions(List<ArgvWord> words)
    {
        var options = ImmutableArray.CreateBuilder<ArgvOption>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!IsOptionWord(word))
            {
                diagnostics.Warning(ArgvCodes.StrayWord, word.Span,
                    $"'{word.Text}' is neither an option nor an option's value (QEMU would use it as -hda)");
                options.Add(new ArgvOption(string.Empty, word, word, ArgvOptionKind.Positional, null, null, word.Span));
                continue;
            }

            var name = word.Text.StartsWith("--", StringComparison.Ordinal) ? word.Text[2..] : word.Text[1..];
            var spec = QemuOptionTable.Find(name);
            ArgvWord? value = null;
            if (spec is { TakesValue: true })
            {
                if (i + 1 < words.Count)
                {
                    value = words[++i];
                }
                else
                {
                    diagnostics.Error(ArgvCodes.MissingValue, word.Span, $"option -{name} needs a value");
                }
            }
            else if (spec is null && i + 1 < words.Count && !IsOptionWord(words[i + 1]))
            {
                value = words[++i];
            }

            var properties = spec is not null && value is not null ? OptionProperties.Read(spec, value, diagnostics) : null;
            var kind = spec is null ? ArgvOptionKind.Unknown : ArgvOptionKind.Known;
            options.Add(new ArgvOption(name, word, value, kind, spec, properties, word.Span));
        }

        return options.ToImmutable();
    }

    private static bool IsCephMonitorList(List<ArgvEnvVar> env, ArgvWord next) =>
        env is [.., { Name: "CEPH_ARGS", Value.Text: "-m" }] && !IsOptionWord(next);

    private static bool IsOptionWord(ArgvWord word) => word.Text.Length > 1 && word.Text[0] == '-';
}
