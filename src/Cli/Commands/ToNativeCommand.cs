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
        var hostData = new Option<string?>("--test-host-data")
        {
            Description = "Directory holding the libvirt test host's files (/etc/qemu/firmware...); default: $QCONV_TEST_HOST_DATA, else the harness/qemufirmwaredata beside the caps file's directory",
        };
        var command = new Command("to-native", "Compile domain XML into the QEMU command line") { file, caps, singleLine, hostData };
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

            var result = ToNativeCompiler.Compile(new CompileRequest(text, path, qemuCaps, new DriverConfig(), new LibvirtTestHost(TestHostData(parse.GetValue(hostData), parse.GetValue(caps)))));
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

    // INTERIM until the caps branch brings host profiles: where the test host's files live.
    private static string? TestHostData(string? option, string? capsPath)
    {
        var explicitDir = option ?? Environment.GetEnvironmentVariable("QCONV_TEST_HOST_DATA");
        if (explicitDir is not null)
        {
            return explicitDir;
        }

        var beside = capsPath is null ? null : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(capsPath))!, "..", "harness", "qemufirmwaredata");
        return beside is not null && Directory.Exists(beside) ? Path.GetFullPath(beside) : null;
    }
}
