using System.CommandLine;
using Qconv.Compiler.Caps;
using Qconv.Compiler.Config;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.Host;
using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.ToNative;

namespace Qconv.Cli.Commands;

/// <summary><c>qconv to-native guest.xml</c>: print the QEMU command line libvirt 9.0 would run.</summary>
internal static class ToNativeCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Domain XML file ('-' for standard input)" };
        var caps = new Option<string?>("--caps") { Description = "libvirt QEMU capabilities cache file" };
        var singleLine = new Option<bool>("--single-line") { Description = "Print the command on one line" };
        var command = new Command("to-native", "Compile domain XML into the QEMU command line") { file, caps, singleLine };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var bag = new DiagnosticBag();
            var text = InputFiles.ReadText(path, bag);
            var qemuCaps = parse.GetValue(caps) is { } capsPath ? QemuCaps.Read(capsPath, bag) : null;
            if (text is null || qemuCaps is null || bag.HasErrors)
            {
                if (qemuCaps is null && !bag.HasErrors)
                {
                    bag.Error("QC0002", null, "no capabilities: pass --caps FILE");
                }

                DiagnosticPrinter.Print(bag);
                return 1;
            }

            var result = ToNativeCompiler.Compile(new CompileRequest(text, path, qemuCaps, new DriverConfig(), new LibvirtTestHost()));
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
