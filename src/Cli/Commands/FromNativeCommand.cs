using System.CommandLine;
using System.Globalization;
using Qconv.Compiler.Config;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.FromNative;
using Qconv.Compiler.Host;

namespace Qconv.Cli.Commands;

/// <summary>
/// <c>qconv from-native FILE|-|--pid N</c>: print libvirt domain XML for a QEMU command line
/// (a file in libvirt's <c>\</c>-continued form or one line, standard input, or a running QEMU's
/// /proc/N/cmdline).
/// </summary>
internal static class FromNativeCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "QEMU command line file ('-' for standard input)", Arity = ArgumentArity.ZeroOrOne };
        var pid = new Option<int?>("--pid") { Description = "Read the command line of running process N from /proc/N/cmdline" };
        var uuid = new Option<UuidWhenAbsent>("--uuid") { Description = "UUID when the command line has no -uuid: Nil, Random or Omit", DefaultValueFactory = _ => UuidWhenAbsent.Nil };
        var libvirt2019 = new Option<bool>("--libvirt-2019") { Description = "Add the defaults libvirt's former converter added (implicit controllers, PS/2 inputs, addresses)" };
        var hostProfile = new Option<string?>("--host-profile")
        {
            Description = "The host the command line was built on, to recognise paths libvirt generated there: 'real' (this machine) or 'libvirt-test'",
        };
        var command = new Command("from-native", "Convert a QEMU command line into libvirt domain XML") { file, pid, uuid, libvirt2019, hostProfile };
        command.SetAction(parse =>
        {
            var bag = new DiagnosticBag();
            var (text, name) = ReadInput(parse.GetValue(file), parse.GetValue(pid), bag);
            if (text is null)
            {
                DiagnosticPrinter.Print(bag);
                return 1;
            }

            IHost? host = parse.GetValue(hostProfile) switch
            {
                null => null,
                "real" => new RealHost(new DriverConfig()),
                "libvirt-test" => new LibvirtTestHost(),
                var other => CompileInputs.Unknown(other, bag),
            };
            if (bag.HasErrors)
            {
                DiagnosticPrinter.Print(bag);
                return 1;
            }

            var options = new FromNativeOptions
            {
                Host = host,
                FallbackName = FallbackName(name),
                Uuid = parse.GetValue(uuid),
                Libvirt2019Defaults = parse.GetValue(libvirt2019),
                ReadMasterKey = ReadMasterKey,
            };
            var result = FromNativeCompiler.Compile(text, name, options);
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

    private static (string? Text, string Name) ReadInput(string? path, int? pid, DiagnosticBag bag)
    {
        if (pid is { } n)
        {
            var proc = $"/proc/{n.ToString(CultureInfo.InvariantCulture)}/cmdline";
            var raw = InputFiles.ReadText(proc, bag);
            return (raw is null ? null : ProcCommandLine.ToShellText(raw), proc);
        }

        if (path is null)
        {
            bag.Error("QC0003", null, "no input: give a file, '-' for standard input, or --pid N");
            return (null, "-");
        }

        return (InputFiles.ReadText(path, bag), path);
    }

    /// <summary>A running guest's master-key.aes (readable by libvirt's user): 32 raw bytes, or nothing.</summary>
    private static byte[]? ReadMasterKey(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? FallbackName(string name) =>
        name == "-" ? null : name.StartsWith("/proc/", StringComparison.Ordinal) ? "qemu-" + name.Split('/')[2] : Path.GetFileNameWithoutExtension(name);
}
