using System.Collections.Concurrent;
using Qconv.Compiler.Caps.Profiles;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Caps;

/// <summary>
/// Capability sets qconv carries with it, for compiling without a libvirt capability cache at hand.
/// "8.0" is libvirt 9.0's "latest" x86_64 test capabilities (QEMU 7.2.50), "7.2" the released QEMU 7.2.0
/// on x86_64, "0.10" a QEMU 0.10.5-era binary for legacy command lines.
/// </summary>
public static class BuiltInProfiles
{
    private static readonly (string Name, string Text)[] Table =
    [
        ("8.0", Qemu80Profile.Text),
        ("7.2", Qemu72Profile.Text),
        ("0.10", Qemu010Profile.Text),
    ];

    private static readonly ConcurrentDictionary<string, QemuCaps> Cache = new(StringComparer.Ordinal);

    /// <summary>The profile names, newest first.</summary>
    public static IReadOnlyList<string> Names { get; } = ProfileNames();

    /// <summary>The named profile; an unknown name adds a diagnostic listing the available ones and returns null.</summary>
    public static QemuCaps? Get(string version, DiagnosticBag bag)
    {
        if (Cache.TryGetValue(version, out var cached))
        {
            return cached;
        }

        foreach (var (name, text) in Table)
        {
            if (name == version)
            {
                var caps = ProfileText.Parse(text, "builtin:" + name, bag);
                return caps is null ? null : Cache.GetOrAdd(name, caps);
            }
        }

        bag.Error(CapsCodes.UnknownProfile, null, $"no built-in capability profile '{version}'; available: {string.Join(", ", Names)}");
        return null;
    }

    // A loop: Array.ConvertAll over the (name, text) rows is JIT-compiled in every process (ReadyToRun).
    private static string[] ProfileNames()
    {
        var names = new string[Table.Length];
        for (var i = 0; i < Table.Length; i++)
        {
            names[i] = Table[i].Name;
        }

        return names;
    }
}
