using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>The emulator binary (qemu-system-TARGET) cannot run the guest architecture of os/type/@arch.</summary>
public sealed class QL0047EmulatorArch : IRule
{
    public string Id => "QL0047";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Emulator binary does not support the guest architecture";

    public string Description => "Each qemu-system-TARGET binary emulates one architecture family: qemu-system-x86_64 runs x86_64 and "
        + "i686 guests, qemu-system-aarch64 runs aarch64 and 32-bit Arm guests, and so on. libvirt asks the <emulator> for the "
        + "machine types of os/type/@arch and refuses the domain when the binary does not know that architecture.";

    public string Fix => "Point <emulator> at the qemu-system binary of the guest architecture, or correct os/type/@arch.";

    public void Check(LintContext context)
    {
        if (context.Root.Child("devices")?.Child("emulator") is not { } emulator || context.Arch.Length == 0
            || BinaryTarget(emulator.Value.AsSpan().Trim()) is not { } target)
        {
            return;
        }

        var supported = target switch
        {
            "x86_64" => ["x86_64", "i686"],
            "i386" => ["i686"],
            "aarch64" => ["aarch64", "armv7l", "armv6l"],
            "arm" => ["armv7l", "armv6l"],
            "ppc64" => ["ppc64", "ppc64le", "ppc"],
            "ppc" => ["ppc"],
            "s390x" => ["s390x", "s390"],
            "riscv64" => ["riscv64"],
            "riscv32" => ["riscv32"],
            _ => (string[]?)null,
        };
        if (supported is not null && !supported.Contains(context.Arch))
        {
            context.Report(emulator, $"{emulator.Value.Trim()} cannot run {context.Arch} guests");
        }
    }

    /// <summary>
    /// TARGET of a path ending in qemu-system-TARGET (letters, digits, underscores), else null. Read by
    /// hand: the one regex of the rules cost more to start in each lint process than all its matches.
    /// </summary>
    private static string? BinaryTarget(ReadOnlySpan<char> path)
    {
        const string Prefix = "qemu-system-";
        var at = path.LastIndexOf(Prefix, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var target = path[(at + Prefix.Length)..];
        foreach (var c in target)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return null;
            }
        }

        return target.IsEmpty ? null : target.ToString();
    }
}
