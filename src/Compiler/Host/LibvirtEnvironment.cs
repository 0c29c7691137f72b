using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Host;

/// <summary>
/// The environment libvirt gives QEMU (qemuBuildCommandLine): first virCommandAddEnvPassCommon —
/// <c>LC_ALL=C</c>, then LD_PRELOAD, LD_LIBRARY_PATH, DYLD_INSERT_LIBRARIES, DYLD_FORCE_FLAT_NAMESPACE,
/// PATH, HOME, USER, LOGNAME and TMPDIR copied from libvirt's own environment when set — then
/// virCommandAddEnvXDG, which points HOME (in place, or appended if it was unset) and the three
/// XDG_*_HOME variables at the domain's private directory.
/// </summary>
public static class LibvirtEnvironment
{
    private static readonly string[] Passed =
        ["LD_PRELOAD", "LD_LIBRARY_PATH", "DYLD_INSERT_LIBRARIES", "DYLD_FORCE_FLAT_NAMESPACE", "PATH", "HOME", "USER", "LOGNAME", "TMPDIR"];

    public static IReadOnlyList<EnvVar> Build(Func<string, string?> getenv, string domainLibDir)
    {
        var env = PassCommon(getenv);
        Set(env, "HOME", domainLibDir);
        Set(env, "XDG_DATA_HOME", domainLibDir + "/.local/share");
        Set(env, "XDG_CACHE_HOME", domainLibDir + "/.cache");
        Set(env, "XDG_CONFIG_HOME", domainLibDir + "/.config");
        return env;
    }

    /// <summary>
    /// Only virCommandAddEnvPassCommon: what libvirt before the per-domain HOME (the QEMU 0.10 era of
    /// the driver page) gave QEMU — <c>LC_ALL=C</c> and the pass-through variables.
    /// </summary>
    public static List<EnvVar> PassCommon(Func<string, string?> getenv)
    {
        var env = new List<EnvVar> { new("LC_ALL", "C") };
        foreach (var name in Passed)
        {
            if (getenv(name) is { } value)
            {
                env.Add(new(name, value));
            }
        }

        return env;
    }

    /// <summary>Like virCommandAddEnvPair: replaces a variable where it stands, or appends it.</summary>
    private static void Set(List<EnvVar> env, string name, string value)
    {
        var i = env.FindIndex(kv => kv.Key == name);
        if (i >= 0)
        {
            env[i] = new(name, value);
        }
        else
        {
            env.Add(new(name, value));
        }
    }
}
