using System.Text.Json;
using Qconv.Compiler.Host;

namespace Qconv.Compiler.Passes;

/// <summary>
/// One QEMU firmware descriptor (QEMU's docs/interop/firmware.json): what firmware image it is,
/// how it is mapped (flash executable + NVRAM template, or a memory image), which machines it
/// runs on and which features it has.
/// </summary>
public sealed record FirmwareDescriptor(
    string FileName,
    IReadOnlyList<string> InterfaceTypes,
    string Device,
    string FlashMode,
    string? Executable,
    string ExecutableFormat,
    string? NvramTemplate,
    IReadOnlyList<(string Arch, IReadOnlyList<string> Machines)> Targets,
    IReadOnlySet<string> Features)
{
    /// <summary>
    /// The descriptors in libvirt's search order (qemuFirmwareFetchConfigs): files from
    /// /usr/share/qemu/firmware, /etc/qemu/firmware and the user's config dir, a file in a later
    /// directory replacing the same name in an earlier one, sorted by file name; empty files only
    /// mask. Unparsable descriptors are skipped.
    /// </summary>
    public static IReadOnlyList<FirmwareDescriptor> Load(IHost host)
    {
        string[] dirs = ["/usr/share/qemu/firmware", "/etc/qemu/firmware", host.UserConfigDir + "/qemu/firmware"];
        var byName = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var dir in dirs)
        {
            foreach (var name in host.ListDirectory(dir).Where(n => n.EndsWith(".json", StringComparison.Ordinal)))
            {
                byName[name] = dir + "/" + name;
            }
        }

        var result = new List<FirmwareDescriptor>();
        foreach (var (name, path) in byName)
        {
            if (host.ReadTextFile(path) is { Length: > 0 } text && Parse(name, text) is { } d)
            {
                result.Add(d);
            }
        }

        return result;
    }

    public static FirmwareDescriptor? Parse(string fileName, string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var mapping = root.GetProperty("mapping");
            var device = mapping.GetProperty("device").GetString() ?? string.Empty;
            string? exe;
            string format = "raw";
            string? template = null;
            if (device == "flash")
            {
                var executable = mapping.GetProperty("executable");
                exe = executable.GetProperty("filename").GetString();
                format = executable.TryGetProperty("format", out var f) ? f.GetString() ?? "raw" : "raw";
                template = mapping.TryGetProperty("nvram-template", out var nt) ? nt.GetProperty("filename").GetString() : null;
            }
            else
            {
                exe = mapping.TryGetProperty("filename", out var fn) ? fn.GetString() : null;
            }

            return new FirmwareDescriptor(
                fileName,
                root.GetProperty("interface-types").EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList(),
                device,
                mapping.TryGetProperty("mode", out var mode) ? mode.GetString() ?? "split" : "split",
                exe,
                format,
                template,
                root.GetProperty("targets").EnumerateArray()
                    .Select(t => (t.GetProperty("architecture").GetString() ?? string.Empty,
                                  (IReadOnlyList<string>)t.GetProperty("machines").EnumerateArray().Select(m => m.GetString() ?? string.Empty).ToList()))
                    .ToList(),
                root.GetProperty("features").EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToHashSet(StringComparer.Ordinal));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    public bool SupportsMachine(string arch, string machine) =>
        Targets.Any(t => t.Arch == arch && t.Machines.Any(glob => Glob(glob, machine)));

    /// <summary>fnmatch-style matching with '*' and '?', as the descriptors' machine patterns use.</summary>
    private static bool Glob(string pattern, string text)
    {
        var regex = "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$";
        return System.Text.RegularExpressions.Regex.IsMatch(text, regex);
    }
}
