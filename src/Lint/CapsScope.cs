using Qconv.Compiler.Caps;

namespace Qconv.Lint;

/// <summary>
/// Whether one capability set speaks for a guest. libvirt looks capabilities up per emulator binary
/// (virQEMUCapsCacheLookup on the domain's &lt;emulator&gt;), and a binary's set says nothing about
/// another target: x86_64 capabilities must not judge a ppc64 or i386-binary guest.
/// </summary>
public static class CapsScope
{
    public static bool Describes(QemuCaps caps, string arch, string? emulator)
    {
        var binary = emulator?.Trim();
        var sameBinary = caps.Emulator is not null && string.Equals(binary, caps.Emulator, StringComparison.Ordinal);
        if (arch.Length == 0)
        {
            // No os/type/@arch: libvirt takes the emulator's default, known only for the same binary.
            return sameBinary;
        }

        return string.Equals(arch, caps.Arch, StringComparison.Ordinal)
            && (string.IsNullOrEmpty(binary) || caps.Emulator is null || sameBinary);
    }
}
