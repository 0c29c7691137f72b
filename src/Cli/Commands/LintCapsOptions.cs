using System.CommandLine;
using Qconv.Compiler.Caps;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Cli.Commands;

/// <summary>
/// The lint commands' optional target QEMU: <c>--caps FILE</c> (libvirt's capability cache) or
/// <c>--qemu-version V</c> (a built-in profile). Unlike compiling, linting has no default: without
/// them the capability-dependent rules (QL0050-QL0052) stay silent.
/// </summary>
internal sealed class LintCapsOptions
{
    public Option<string?> Caps { get; } = new("--caps") { Description = "Lint against this QEMU: libvirt capabilities cache file (/var/cache/libvirt/qemu/capabilities/*.xml)" };

    public Option<string?> QemuVersion { get; } = new("--qemu-version") { Description = $"Lint against a built-in capability profile: {string.Join(", ", BuiltInProfiles.Names)}" };

    public void AddTo(Command command)
    {
        command.Options.Add(Caps);
        command.Options.Add(QemuVersion);
    }

    /// <summary>The chosen capabilities (null for none); false, with diagnostics printed, when they cannot be read.</summary>
    public bool TryResolve(ParseResult parse, out QemuCaps? caps) => TryResolve(parse.GetValue(Caps), parse.GetValue(QemuVersion), out caps);

    /// <summary>The capabilities named by a --caps path or a --qemu-version (either may be null).</summary>
    public static bool TryResolve(string? path, string? version, out QemuCaps? caps)
    {
        caps = null;
        if (path is null && version is null)
        {
            return true;
        }

        var bag = new DiagnosticBag();
        if (path is not null && version is not null)
        {
            bag.Error("QL0000", null, "give either --caps or --qemu-version, not both");
        }
        else
        {
            caps = path is not null ? QemuCaps.Read(path, bag) : BuiltInProfiles.Get(version!, bag);
        }

        DiagnosticPrinter.Print(bag);
        return !bag.HasErrors;
    }
}
