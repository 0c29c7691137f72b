using System.CommandLine;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.Normalize;

namespace Qconv.Cli.Commands;

/// <summary>
/// <c>qconv normalize guest.xml</c>: run libvirt's post-parse steps (defaults, addresses) and print
/// the domain in libvirt's canonical formatting, comparable with <c>*.out.xml</c>.
/// </summary>
internal static class NormalizeCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Domain XML file ('-' for standard input)" };
        var inputs = new CompileInputs();
        var command = new Command("normalize", "Print the domain XML as libvirt would store it after its post-parse steps") { file };
        inputs.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var bag = new DiagnosticBag();
            var text = InputFiles.ReadText(path, bag);
            var (qemuCaps, config, host) = inputs.Resolve(parse, bag);
            if (text is null || qemuCaps is null || config is null || host is null || bag.HasErrors)
            {
                DiagnosticPrinter.Print(bag);
                return 1;
            }

            var result = Normalizer.Normalize(text, path, qemuCaps, config, host);
            DiagnosticPrinter.Print(result.Diagnostics);
            if (result.Xml is not { } xml)
            {
                return 1;
            }

            Console.Out.Write(xml);
            return 0;
        });
        return command;
    }
}
