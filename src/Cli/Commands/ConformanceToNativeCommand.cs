using System.CommandLine;
using Qconv.Compiler.Conformance;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Cli.Commands;

/// <summary>
/// <c>qconv conformance to-native DIR</c>: runs the to-native compiler over libvirt's command-line corpus
/// and prints one line per case and <c>N passed, M failed</c>. Exit 0 when every case passes (or the
/// pass rate reaches <c>--min-pass-rate</c>) and no case of the ratchet regressed; 1 otherwise; 2 when the
/// corpus or the compiler is unavailable.
/// </summary>
internal static class ConformanceToNativeCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "The corpus directory (with conv/MANIFEST.tsv, caps/, base.qemu.conf)" };
        var gates = new ConformanceGates("to-native");
        var command = new Command("to-native", "Compare qconv's QEMU command lines with libvirt's expected ones");
        command.Arguments.Add(dir);
        gates.AddTo(command);
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            var bag = new DiagnosticBag();
            var corpus = ToNativeCorpus.Load(folder, bag);
            DiagnosticPrinter.Print(bag);
            if (corpus is null)
            {
                return 2;
            }

            var result = ToNativeRunner.Run(corpus, new ToNativeCompilerAdapter(), parse.GetValue(gates.Filter), ConformanceGates.Progress);
            return gates.Finish(parse, result, folder);
        });
        return command;
    }
}
