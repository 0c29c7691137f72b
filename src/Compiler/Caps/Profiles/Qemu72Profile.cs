namespace Qconv.Compiler.Caps.Profiles;

/// <summary>
/// Profile "7.2": released QEMU 7.2.0 on x86_64 (libvirt's caps_7.2.0.x86_64.xml), as on hosts with
/// Debian's QEMU 7.2. It differs from the "8.0" profile (7.2.0 plus development) in a few lines, so it
/// is written as those differences applied to <see cref="Qemu80Profile"/>; a test compares the result
/// with the capability file so the two cannot drift apart.
/// </summary>
internal static class Qemu72Profile
{
    /// <summary>8.0 lines that 7.2 replaces (null: 7.2 does not have the line).</summary>
    private static readonly Dictionary<string, string?> Replaced = new(StringComparer.Ordinal)
    {
        ["version\t7002050"] = "version\t7002000",
        ["microcode-version\t43100244"] = "microcode-version\t43100245",
        ["package\tv7.2.0-333-g222059a0fc"] = "package\tv7.2.0",
        ["flag\tmachine-hpet"] = null,
        ["machine\tkvm\tpc-i440fx-8.0\talias=pc\tmax-cpus=255\tdefault\thotplug-cpus\tdefault-cpu=qemu64-x86_64-cpu\tdefault-ram-id=pc.ram"] = "machine\tkvm\tpc-i440fx-7.2\talias=pc\tmax-cpus=255\tdefault\thotplug-cpus\tdefault-cpu=qemu64-x86_64-cpu\tdefault-ram-id=pc.ram",
        ["machine\tkvm\tpc-q35-8.0\talias=q35\tmax-cpus=288\thotplug-cpus\tdefault-cpu=qemu64-x86_64-cpu\tdefault-ram-id=pc.ram"] = null,
        ["machine\tkvm\tpc-q35-7.2\tmax-cpus=288\thotplug-cpus\tdefault-cpu=qemu64-x86_64-cpu\tdefault-ram-id=pc.ram"] = "machine\tkvm\tpc-q35-7.2\talias=q35\tmax-cpus=288\thotplug-cpus\tdefault-cpu=qemu64-x86_64-cpu\tdefault-ram-id=pc.ram",
        ["machine\tkvm\tpc-i440fx-7.2\tmax-cpus=255\thotplug-cpus\tdefault-cpu=qemu64-x86_64-cpu\tdefault-ram-id=pc.ram"] = null,
        ["machine\ttcg\tpc-i440fx-8.0\talias=pc\tmax-cpus=255\tdefault\thotplug-cpus\tdefault-cpu=qemu64-x86_64-cpu\tdefault-ram-id=pc.ram"] = "machine\ttcg\tpc-i440fx-7.2\talias=pc\tmax-cpus=255\tdefault\thotplug-cpus\tdefault-cpu=qemu64-x86_64-cpu\tdefault-ram-id=pc.ram",
        ["machine\ttcg\tpc-q35-8.0\talias=q35\tmax-cpus=288\thotplug-cpus\tdefault-cpu=qemu64-x86_64-cpu\tdefault-ram-id=pc.ram"] = null,
        ["machine\ttcg\tpc-q35-7.2\tmax-cpus=288\thotplug-cpus\tdefault-cpu=qemu64-x86_64-cpu\tdefault-ram-id=pc.ram"] = "machine\ttcg\tpc-q35-7.2\talias=q35\tmax-cpus=288\thotplug-cpus\tdefault-cpu=qemu64-x86_64-cpu\tdefault-ram-id=pc.ram",
        ["machine\ttcg\tpc-i440fx-7.2\tmax-cpus=255\thotplug-cpus\tdefault-cpu=qemu64-x86_64-cpu\tdefault-ram-id=pc.ram"] = null,
        ["hyperv\tyes\trelaxed,vapic,spinlocks,vpindex,runtime,synic,stimer,reset,vendor_id,frequencies,reenlightenment,tlbflush,ipi,avic"] = null,
    };

    /// <summary>Lines 7.2 has in addition, each after the given 8.0 line.</summary>
    private static readonly (string After, string Line)[] Inserted =
    [
        ("flag\tsdl", "flag\tno-hpet"),
    ];

    public static string Text { get; } = ProfileText.ApplyDelta(Qemu80Profile.Text, Replaced, Inserted);
}
