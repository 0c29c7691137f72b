using System.Globalization;
using System.Text;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Caps.Profiles;

/// <summary>
/// qconv's own compact text form of a <see cref="QemuCaps"/>, used for the built-in profiles: one record a
/// line, fields separated by tabs, <c>#</c> starts a comment line. Records:
/// <code>
/// version      N                   kvm-version N        microcode-version N
/// arch         x86_64              emulator PATH        package TEXT
/// flag         NAME
/// host-cpu     ACCEL MODEL [migratable]
/// host-prop    ACCEL NAME TYPE VALUE [migratable=yes|no]
/// machine      ACCEL NAME [alias=A] [max-cpus=N] [default] [hotplug-cpus] [default-cpu=T]
///              [default-ram-id=ID] [deprecated] [numa-mem] [acpi=yes|no]
/// cpu          ACCEL NAME [typename=T] [usable] [deprecated] [blockers=a,b,...]
/// hyperv       yes|no [FEATURE,...]
/// gic          VERSION [kernel] [emulated]
/// </code>
/// <see cref="Write"/> and <see cref="Parse"/> are inverse: Parse(Write(c)) describes the same capabilities.
/// </summary>
public static class ProfileText
{
    public static string Write(QemuCaps caps)
    {
        var sb = new StringBuilder();
        sb.Append("# qconv capability profile\n");
        Line(sb, "version", Num(caps.Version));
        Line(sb, "kvm-version", Num(caps.KvmVersion));
        if (caps.MicrocodeVersion is { } mc)
        {
            Line(sb, "microcode-version", mc.ToString(CultureInfo.InvariantCulture));
        }

        Line(sb, "arch", caps.Arch);
        if (caps.Emulator is { } emu)
        {
            Line(sb, "emulator", emu);
        }

        if (caps.Package is { } pkg)
        {
            Line(sb, "package", pkg);
        }

        foreach (var f in caps.Flags)
        {
            Line(sb, "flag", f.Name);
        }

        foreach (var a in caps.Accelerators)
        {
            WriteAccel(sb, a);
        }

        if (caps.Hyperv is { } hv)
        {
            Line(sb, "hyperv", YesNo(hv.Supported), string.Join(',', hv.Features));
        }

        foreach (var g in caps.Gic)
        {
            Line(sb, "gic", Opt(Num(g.Version), (g.Kernel, "kernel"), (g.Emulated, "emulated")));
        }

        return sb.ToString();
    }

    private static void WriteAccel(StringBuilder sb, AccelCaps a)
    {
        if (a.HostCpu is { } h)
        {
            Line(sb, "host-cpu", Opt(a.VirtType, h.Model, (h.Migratability, "migratable")));
            foreach (var p in h.Properties)
            {
                Line(sb, "host-prop", [a.VirtType, p.Name, p.Type, p.Value, .. Maybe("migratable", p.Migratable is { } m ? YesNo(m) : null)]);
            }
        }

        foreach (var m in a.Machines)
        {
            Line(sb, "machine", [a.VirtType, m.Name,
                .. Maybe("alias", m.Alias),
                .. Maybe("max-cpus", Num(m.MaxCpus)),
                .. Flag(m.IsDefault, "default"),
                .. Flag(m.HotplugCpus, "hotplug-cpus"),
                .. Maybe("default-cpu", m.DefaultCpuType),
                .. Maybe("default-ram-id", m.DefaultRamId),
                .. Flag(m.Deprecated, "deprecated"),
                .. Flag(m.NumaMemSupported, "numa-mem"),
                .. Maybe("acpi", m.Acpi is { } acpi ? YesNo(acpi) : null)]);
        }

        foreach (var c in a.CpuModels)
        {
            Line(sb, "cpu", [a.VirtType, c.Name,
                .. Maybe("typename", c.Typename),
                .. Flag(c.Usable, "usable"),
                .. Flag(c.Deprecated, "deprecated"),
                .. Maybe("blockers", c.Blockers.Count > 0 ? string.Join(',', c.Blockers) : null)]);
        }
    }

    /// <summary>
    /// A profile written as differences from another: each line of <paramref name="baseText"/> found in
    /// <paramref name="replaced"/> becomes its value (or is dropped when that is null), and each
    /// <paramref name="inserted"/> line follows its anchor line.
    /// </summary>
    public static string ApplyDelta(string baseText, IReadOnlyDictionary<string, string?> replaced, IReadOnlyList<(string After, string Line)> inserted)
    {
        var sb = new System.Text.StringBuilder(baseText.Length);
        foreach (var line in baseText.Split('\n'))
        {
            var kept = replaced.TryGetValue(line, out var replacement) ? replacement : line;
            if (kept is not null)
            {
                sb.Append(kept).Append('\n');
            }

            foreach (var (after, extra) in inserted)
            {
                if (after == line)
                {
                    sb.Append(extra).Append('\n');
                }
            }
        }

        return sb.ToString(0, sb.Length - 1);
    }

    /// <summary>Parses profile text; <paramref name="fileName"/> names it in diagnostics. Null on error.</summary>
    public static QemuCaps? Parse(string text, string fileName, DiagnosticBag bag)
    {
        var state = new ProfileParser(fileName, bag);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            state.Record(i + 1, line.Split('\t'));
        }

        return state.Build();
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string YesNo(bool b) => b ? "yes" : "no";

    private static string[] Maybe(string key, string? value) => value is null ? [] : [key + "=" + value];

    private static string[] Flag(bool on, string word) => on ? [word] : [];

    private static string[] Opt(string a, (bool On, string Word) f1, (bool On, string Word) f2) =>
        [a, .. Flag(f1.On, f1.Word), .. Flag(f2.On, f2.Word)];

    private static string[] Opt(string a, string b, (bool On, string Word) f) => [a, b, .. Flag(f.On, f.Word)];

    private static void Line(StringBuilder sb, string keyword, params string[] fields)
    {
        sb.Append(keyword);
        foreach (var f in fields)
        {
            if (f.Contains('\t', StringComparison.Ordinal) || f.Contains('\n', StringComparison.Ordinal))
            {
                throw new ArgumentException($"profile field '{f}' contains a tab or newline", nameof(fields));
            }

            sb.Append('\t').Append(f);
        }

        sb.Append('\n');
    }
}
