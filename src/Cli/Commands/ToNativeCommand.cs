using System.CommandLine;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.ToNative;

namespace Qconv.Cli.Commands;

/// <summary><c>qconv to-native guest.xml</c>: print the QEMU command line libvirt 9.0 would run.</summary>
internal static class ToNativeCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Domain XML file ('-' for standard input)" };
        var singleLine = new Option<bool>("--single-line") { Description = "Print the command on one line" };
        var inputs = new CompileInputs();
        var command = new Command("to-native", "Compile domain XML into the QEMU command line") { file, singleLine };
        inputs.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var bag = new DiagnosticBag();
            var text = InputFiles.ReadText(path, bag);
            var (caps, config, host) = inputs.Resolve(parse, bag);
            if (text is null || caps is null || config is null || host is null)
            {
                DiagnosticPrinter.Print(bag);
                return 1;
            }

            DiagnosticPrinter.Print(bag);
            var result = ToNativeCompiler.Compile(new CompileRequest(text, path, caps, config, host));
            DiagnosticPrinter.Print(result.Diagnostics);
            if (result.CommandLine is null)
            {
                return 1;
            }

            Console.Out.Write(ArgvWriter.Write(result.CommandLine, parse.GetValue(singleLine)));
            return 0;
        });
        return command;
    }
}
