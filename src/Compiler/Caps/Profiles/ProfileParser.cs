using System.Globalization;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Caps.Profiles;

/// <summary>Accumulates the records of a <see cref="ProfileText"/> document (one instance per parse).</summary>
internal sealed class ProfileParser(string fileName, DiagnosticBag bag)
{
    private readonly List<QemuCap> _flags = [];
    private readonly List<string> _accelOrder = [];
    // Values are records, not tuples: a dictionary over a value tuple is JIT-compiled at every start.
    private readonly Dictionary<string, HostModel> _hosts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<HostCpuProperty>> _hostProps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<MachineType>> _machines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CpuModel>> _cpus = new(StringComparer.Ordinal);
    private readonly List<GicCapability> _gic = [];
    private int? _version;
    private int _kvmVersion;
    private long? _microcode;
    private string? _arch;
    private string? _emulator;
    private string? _package;
    private HypervCapabilities? _hyperv;
    private bool _failed;
    private int _line;

    public void Record(int line, string[] f)
    {
        _line = line;
        switch (f[0])
        {
            case "version" when f.Length == 2: _version = Int(f[1]); break;
            case "kvm-version" when f.Length == 2: _kvmVersion = Int(f[1]); break;
            case "microcode-version" when f.Length == 2: _microcode = Long(f[1]); break;
            case "arch" when f.Length == 2: _arch = f[1]; break;
            case "emulator" when f.Length == 2: _emulator = f[1]; break;
            case "package" when f.Length == 2: _package = f[1]; break;
            case "flag" when f.Length == 2: _flags.Add(new QemuCap(f[1])); break;
            case "host-cpu" when f.Length >= 3:
                Accel(f[1]);
                _hosts[f[1]] = new HostModel(f[2], Words(f, 3).Contains("migratable"));
                break;
            case "host-prop" when f.Length is 5 or 6:
                Accel(f[1]);
                var mig = f.Length == 6 ? Keyed(f, 5).GetValueOrDefault("migratable") : null;
                List(_hostProps, f[1]).Add(new HostCpuProperty(f[2], f[3], f[4], mig is null ? null : mig == "yes"));
                break;
            case "machine" when f.Length >= 3: Machine(f); break;
            case "cpu" when f.Length >= 3: Cpu(f); break;
            case "hyperv" when f.Length is 2 or 3:
                var features = f.Length == 3 && f[2].Length > 0 ? f[2].Split(',') : [];
                _hyperv = new HypervCapabilities(f[1] == "yes", features);
                break;
            case "gic" when f.Length >= 2:
                var w = Words(f, 2);
                _gic.Add(new GicCapability(Int(f[1]), w.Contains("kernel"), w.Contains("emulated")));
                break;
            default:
                Fail(1, $"unknown or malformed profile record '{f[0]}' ({f.Length - 1} fields)");
                break;
        }
    }

    public QemuCaps? Build()
    {
        if (_version is null || _arch is null)
        {
            _line = 0;
            Fail(0, "profile lacks a 'version' or 'arch' record");
        }

        if (_failed)
        {
            return null;
        }

        var accels = _accelOrder.Select(t => new AccelCaps(
            t,
            _hosts.TryGetValue(t, out var h) ? new HostCpuModel(t, h.Model, h.Migratable, _hostProps.GetValueOrDefault(t) ?? []) : null,
            _machines.GetValueOrDefault(t) ?? [],
            _cpus.GetValueOrDefault(t) ?? []));
        return new QemuCaps(_version!.Value, _kvmVersion, _arch!, _flags, accels, _emulator, _package, _microcode, _hyperv, _gic);
    }

    private void Machine(string[] f)
    {
        Accel(f[1]);
        var kv = Keyed(f, 3);
        var words = Words(f, 3);
        var acpi = kv.GetValueOrDefault("acpi");
        List(_machines, f[1]).Add(new MachineType(
            f[2],
            kv.GetValueOrDefault("alias"),
            f[1],
            kv.TryGetValue("max-cpus", out var mc) ? Int(mc) : 0,
            words.Contains("default"),
            words.Contains("hotplug-cpus"),
            kv.GetValueOrDefault("default-cpu"),
            kv.GetValueOrDefault("default-ram-id"),
            words.Contains("deprecated"),
            words.Contains("numa-mem"),
            acpi is null ? null : acpi == "yes"));
    }

    private void Cpu(string[] f)
    {
        Accel(f[1]);
        var kv = Keyed(f, 3);
        var words = Words(f, 3);
        var blockers = kv.TryGetValue("blockers", out var b) ? b.Split(',') : [];
        List(_cpus, f[1]).Add(new CpuModel(f[2], f[1], words.Contains("usable"), kv.GetValueOrDefault("typename"), blockers, words.Contains("deprecated")));
    }

    private void Accel(string type)
    {
        if (!_accelOrder.Contains(type))
        {
            _accelOrder.Add(type);
        }
    }

    private static List<T> List<T>(Dictionary<string, List<T>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }

    private static HashSet<string> Words(string[] f, int from) =>
        f.Skip(from).Where(x => !x.Contains('=', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

    private static Dictionary<string, string> Keyed(string[] f, int from)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var x in f.Skip(from))
        {
            var eq = x.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                d[x[..eq]] = x[(eq + 1)..];
            }
        }

        return d;
    }

    private int Int(string s)
    {
        if (int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        Fail(1, $"'{s}' is not an integer");
        return 0;
    }

    private long Long(string s)
    {
        if (long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        Fail(1, $"'{s}' is not an integer");
        return 0;
    }

    private void Fail(int column, string message)
    {
        _failed = true;
        var span = _line > 0 ? new SourceSpan(fileName, _line, column) : SourceSpan.WholeFile(fileName);
        bag.Error(CapsCodes.InvalidContent, span, message);
    }

    private sealed record HostModel(string Model, bool Migratable);
}
