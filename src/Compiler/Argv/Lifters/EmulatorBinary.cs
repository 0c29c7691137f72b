namespace Qconv.Compiler.Argv.Lifters;

/// <summary>
/// What the emulator's file name says about the guest: <c>qemu-system-ARCH</c> emulates ARCH,
/// plain <c>qemu</c> was the i386 emulator, <c>qemu-kvm</c>/<c>kvm</c> were the KVM-enabled x86
/// builds (libvirt's former converter read the binary the same way).
/// </summary>
public readonly record struct EmulatorBinary(string Arch, bool ImpliesKvm)
{
    public static EmulatorBinary Read(string? path)
    {
        var name = path is null ? string.Empty : Path.GetFileName(path);
        const string prefix = "qemu-system-";
        if (name.StartsWith(prefix, StringComparison.Ordinal))
        {
            return new EmulatorBinary(ArchName(name[prefix.Length..]), false);
        }

        return name switch
        {
            "qemu" => new EmulatorBinary("i686", false),
            "qemu-kvm" or "kvm" => new EmulatorBinary("x86_64", true),
            _ => new EmulatorBinary("x86_64", false),
        };
    }

    // QEMU's target names that libvirt spells differently (virArchFromString).
    private static string ArchName(string qemuArch) => qemuArch switch
    {
        "i386" => "i686",
        "arm" => "armv7l",
        _ => qemuArch,
    };
}
