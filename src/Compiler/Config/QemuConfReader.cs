using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Config;

/// <summary>
/// Reads qemu.conf text into a <see cref="DriverConfig"/>. Settings the text does not mention keep the
/// base configuration's values, so files can be layered (libvirt's defaults, then a base file, then a
/// per-case file). Errors (syntax, wrong types) are reported with file:line:col and the offending
/// statement is ignored; unknown keys draw a warning, as libvirt silently ignores them.
/// </summary>
public static class QemuConfReader
{
    public static DriverConfig Read(string text, string fileName, DiagnosticBag bag, DriverConfig? baseConfig = null)
    {
        var config = baseConfig ?? DriverConfig.Default;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in ConfParser.Parse(text, fileName, bag))
        {
            // libvirt's virConfGetValue returns the first statement for a name; later ones are dead text.
            if (!seen.Add(entry.Key))
            {
                bag.Warning(ConfCodes.DuplicateKey, entry.KeySpan, $"'{entry.Key}' is set more than once; libvirt uses the first setting");
                continue;
            }

            if (!QemuConfKeys.All.TryGetValue(entry.Key, out var key))
            {
                bag.Warning(ConfCodes.UnknownKey, entry.KeySpan, $"unknown qemu.conf setting '{entry.Key}' ignored");
                continue;
            }

            config = key.Apply(config, entry.Value, bag);
        }

        return config;
    }

    /// <summary>Reads a qemu.conf file; an unreadable file is a diagnostic and yields the base configuration.</summary>
    public static DriverConfig ReadFile(string path, DiagnosticBag bag, DriverConfig? baseConfig = null)
    {
        try
        {
            return Read(File.ReadAllText(path), path, bag, baseConfig);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(ConfCodes.Unreadable, SourceSpan.WholeFile(path), $"cannot read qemu.conf: {e.Message}");
            return baseConfig ?? DriverConfig.Default;
        }
    }

    /// <summary>
    /// Applies settings written on one line, <c>key = value; key2 = value2</c> (the same syntax, with ';'
    /// between statements), as the conformance manifest's override column does.
    /// </summary>
    public static DriverConfig ApplyOverrides(DriverConfig config, string overrides, DiagnosticBag bag, string source = "<overrides>") =>
        Read(overrides, source, bag, config);
}
