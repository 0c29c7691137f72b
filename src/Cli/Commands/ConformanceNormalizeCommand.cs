using System.CommandLine;
using Qconv.Compiler.Conformance;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Cli.Commands;

/// <summary>
/// <c>qconv conformance normalize DIR</c>: runs <c>qconv normalize</c> over the corpus cases that have
/// libvirt's canonical XML (<c>NAME.x86_64-latest.out.xml</c>), each with its caps, qemu.conf and the test
/// host, and prints PASS/FAIL per case (with the first differing line) and <c>N passed, M failed</c>.
/// Exit codes as for <c>conformance to-native</c>.
/// </summary>
internal static class ConformanceNormalizeCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "The corpus directory (with conv/MANIFEST.tsv, caps/, base.qemu.conf)" };
        var gates = new ConformanceGates("normalize");
        var command = new Command("normalize", "Compare qconv normalize with libvirt's canonical XML (*.out.xml)");
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

            var result = NormalizeRunner.Run(corpus, parse.GetValue(gates.Filter), ConformanceGates.Progress);
            return gates.Finish(parse, result, folder);
        });
        return command;
    }
}
