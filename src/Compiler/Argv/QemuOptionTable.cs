using Qconv.Compiler.Argv.Values;

namespace Qconv.Compiler.Argv;

/// <summary>
/// The QEMU system-emulator options the argv parser knows, after QEMU's qemu-options.hx (an option
/// without HAS_ARG is a flag; every other one takes exactly one argument) plus options of older
/// QEMU and qemu-kvm releases that libvirt's former argv-to-XML converter still met. Implied keys
/// follow the <c>implied_opt_name</c> of each option's QemuOptsList in QEMU's vl.c and friends.
/// </summary>
public static class QemuOptionTable
{
    // Options without an argument (DEF(..., 0, ...) in qemu-options.hx), current and historical.
    private static readonly string[] Flags =
    [
        "h", "help", "version", "S", "s", "snapshot", "nographic", "full-screen", "no-frame",
        "alt-grab", "ctrl-grab", "no-quit", "sdl", "curses", "portrait", "win2k-hack", "no-fd-bootchk",
        "no-acpi", "no-hpet", "usb", "localtime", "no-reboot", "no-shutdown", "daemonize", "singlestep",
        "preconfig", "enable-kvm", "no-kvm", "no-kvm-irqchip", "no-kvm-pit", "no-kvm-pit-reinjection",
        "enable-nesting", "tdf", "no-kqemu", "kernel-kqemu", "mem-prealloc", "nodefaults",
        "no-user-config", "nodefconfig", "only-migratable", "enable-fips", "xen-attach",
        "xen-domid-restrict", "xen-create", "semihosting", "old-param", "std-vga", "rtc-td-hack", "show-cursor",
        "vmwarevga", "enable-sync-profile", "async-teardown", "perfmap", "jitdump", "audio-help",
    ];

    // Options whose argument has an option-specific syntax (paths, chardev specs, CPU models...).
    private static readonly string[] RawValued =
    [
        "cpu", "uuid", "kernel", "initrd", "append", "dtb", "bios", "L", "hda", "hdb", "hdc", "hdd",
        "cdrom", "fda", "fdb", "mtdblock", "sd", "pflash", "serial", "parallel", "monitor", "qmp",
        "qmp-pretty", "debugcon", "pidfile", "vga", "g", "k", "usbdevice", "pcidevice", "soundhw",
        "watchdog", "watchdog-action", "mem-path", "incoming", "loadvm", "option-rom", "chroot", "runas",
        "xen-domid", "gdb", "d", "D", "dfilter", "seed", "echr", "prom-env", "readconfig", "writeconfig",
        "dump-vmstate", "set", "tb-size", "clock", "startdate", "balloon", "bt", "rotate", "kvm-shadow-memory",
        "qtest", "qtest-log", "virtfs_synth",
    ];

    // Options written as QEMU key=value lists, with the key a leading bare word stands for.
    private static readonly (string Name, string? Implied)[] KeyValued =
    [
        ("machine", "type"), ("M", "type"), ("accel", "accel"), ("smp", "cpus"), ("m", "size"),
        ("boot", "order"), ("name", "guest"), ("numa", "type"), ("chardev", "backend"), ("mon", "chardev"),
        ("net", "type"), ("nic", "type"), ("drive", null), ("global", null), ("rtc", null),
        ("overcommit", null), ("msg", null), ("sandbox", "enable"), ("fsdev", "fsdriver"),
        ("virtfs", "fsdriver"), ("tpmdev", "type"), ("spice", null), ("vnc", "vnc"), ("add-fd", null),
        ("iscsi", null), ("smbios", "type"), ("acpitable", null), ("icount", "shift"), ("realtime", null),
        ("semihosting-config", "enable"), ("trace", "enable"), ("plugin", "file"), ("fw_cfg", null),
        ("action", null), ("run-with", null), ("audio", "driver"),
    ];

    // Options QEMU also accepts as a JSON object (value starting with '{').
    private static readonly (string Name, string? Implied)[] JsonValued =
    [
        ("device", "driver"), ("object", "qom-type"), ("blockdev", null), ("netdev", "type"),
        ("audiodev", "driver"), ("display", "type"), ("compat", null),
    ];

    private static readonly Dictionary<string, QemuOptionSpec> Specs = Build();

    /// <summary>The spec of option <paramref name="name"/> (without dash), or null when unknown.</summary>
    public static QemuOptionSpec? Find(string name) => Specs.GetValueOrDefault(name);

    public static IEnumerable<QemuOptionSpec> All => Specs.Values;

    private static Dictionary<string, QemuOptionSpec> Build()
    {
        var specs = new Dictionary<string, QemuOptionSpec>(StringComparer.Ordinal);
        foreach (var name in Flags)
        {
            specs.Add(name, new QemuOptionSpec(name, ValueSyntax.None));
        }

        foreach (var name in RawValued)
        {
            specs.Add(name, new QemuOptionSpec(name, ValueSyntax.Raw));
        }

        foreach (var (name, implied) in KeyValued)
        {
            specs.Add(name, new QemuOptionSpec(name, ValueSyntax.KeyValue, implied));
        }

        foreach (var (name, implied) in JsonValued)
        {
            specs.Add(name, new QemuOptionSpec(name, ValueSyntax.JsonOrKeyValue, implied));
        }

        return specs;
    }
}
