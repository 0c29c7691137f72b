using System.CommandLine;
using Qconv.Compiler.Caps;
using Qconv.Compiler.Config;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.Host;

namespace Qconv.Cli.Commands;

/// <summary>
/// The options that say what to compile against, shared by to-native, normalize and from-native:
/// capabilities (<c>--caps FILE</c> or <c>--qemu-version V</c>, default the 8.0 profile),
/// <c>--config qemu.conf</c>, and <c>--host-profile real|libvirt-test</c>.
/// </summary>
internal sealed class CompileInputs
{
    public Option<string?> Caps { get; } = new("--caps") { Description = "libvirt QEMU capabilities cache file (e.g. /var/cache/libvirt/qemu/capabilities/*.xml)" };

    public Option<string?> QemuVersion { get; } = new("--qemu-version") { Description = $"Built-in capability profile: {string.Join(", ", BuiltInProfiles.Names)} (default 8.0)" };

    public Option<string?> Config { get; } = new("--config") { Description = "qemu.conf to read (libvirt's syntax)" };

    public Option<string> HostProfile { get; } = new("--host-profile")
    {
        Description = "Where host facts come from: 'real' (this machine) or 'libvirt-test' (libvirt's test harness values)",
        DefaultValueFactory = _ => "real",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Caps);
        command.Options.Add(QemuVersion);
        command.Options.Add(Config);
        command.Options.Add(HostProfile);
    }

    /// <summary>Resolves the options; null members mean an error was added to the bag.</summary>
    public (QemuCaps? Caps, DriverConfig? Config, IHost? Host) Resolve(ParseResult parse, DiagnosticBag bag)
    {
        QemuCaps? caps;
        var capsPath = parse.GetValue(Caps);
        var version = parse.GetValue(QemuVersion);
        if (capsPath is not null && version is not null)
        {
            bag.Error("QC0004", null, "give either --caps or --qemu-version, not both");
            return (null, null, null);
        }

        caps = capsPath is not null ? QemuCaps.Read(capsPath, bag) : BuiltInProfiles.Get(version ?? "8.0", bag);
        var config = new DriverConfig();
        if (parse.GetValue(Config) is { } confPath)
        {
            config = QemuConfReader.ReadFile(confPath, bag);
        }

        IHost? host = parse.GetValue(HostProfile) switch
        {
            "real" => new RealHost(config),
            "libvirt-test" => new LibvirtTestHost(),
            var other => Unknown(other, bag),
        };
        return bag.HasErrors ? (null, null, null) : (caps, config, host);
    }

    internal static IHost? Unknown(string? profile, DiagnosticBag bag)
    {
        bag.Error("QC0005", null, $"unknown host profile '{profile}'; use 'real' or 'libvirt-test'");
        return null;
    }
}
