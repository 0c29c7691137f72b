using Qconv.Compiler.Ir;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Native;

/// <summary>
/// What an emitter sees: the normalized domain, the compilation context (caps, config, host,
/// diagnostics), and the argument list being built. Emitters only append.
/// </summary>
public sealed class EmitContext(Domain domain, CompilationContext compilation)
{
    private readonly List<QemuArgument> _args = [];
    private readonly List<EnvVar> _env = [];
    private readonly Dictionary<string, object> _shared = [];

    public Domain Domain { get; } = domain;

    public CompilationContext Compilation { get; } = compilation;

    public Caps.QemuCaps Caps => Compilation.Caps;

    public Config.DriverConfig Config => Compilation.Config;

    public Host.IHost Host => Compilation.Host;

    public IReadOnlyList<QemuArgument> Args => _args;

    /// <summary>Environment variables emitters ask for (SDL_AUDIODRIVER, SASL_CONF_PATH...), in order.</summary>
    public IReadOnlyList<EnvVar> Env => _env;

    /// <summary>Per-domain directory for runtime files (libvirt's priv->libDir).</summary>
    public string LibDir => Host.LibDir(Emitters.DomainShortName.Truncate(Domain.Name ?? "guest"));

    public void Add(string option, string? value = null) => _args.Add(new QemuArgument(option, value));

    /// <summary>Sets an environment variable for QEMU (virCommandAddEnvPair); a later value replaces an earlier one.</summary>
    public void AddEnv(string name, string value)
    {
        _env.RemoveAll(kv => kv.Key == name);
        _env.Add(new(name, value));
    }

    public void Add(string option, Writers.KeyValueWriter value) => _args.Add(new QemuArgument(option, value.ToString()));

    public void Add(string option, Writers.JsonProps value)
    {
        if (option == "-device")
        {
            Emitters.DeviceOverrides.Apply(Domain, value);
        }

        _args.Add(new QemuArgument(option, value.ToString()));
    }

    /// <summary>State shared between emitters of one compilation (e.g. block node name numbering).</summary>
    public T Shared<T>(string key, Func<T> create)
        where T : notnull
    {
        if (!_shared.TryGetValue(key, out var v))
        {
            v = create();
            _shared[key] = v;
        }

        return (T)v;
    }

    public void Error(string code, DeviceInfo? at, string message) => Compilation.Error(code, at, message);
}
