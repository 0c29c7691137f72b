using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters;

/// <summary>
/// What lifters share while one command line is lifted: the domain being built, its devices in
/// command line order, the backends defined by id, the words kept for &lt;qemu:commandline&gt;,
/// per-family scratch state and the diagnostics. One context per command line; not thread-safe.
/// </summary>
public sealed class LiftContext
{
    private readonly List<Device> _devices = [];
    private readonly List<(SourceSpan At, string[] Words)> _passthrough = [];
    private readonly Dictionary<(string Kind, string Id), Backend> _backends = [];
    private readonly Dictionary<Type, object> _state = [];

    public LiftContext(ArgvCommandLine commandLine, DiagnosticBag diagnostics, LiftOptions? options = null)
    {
        CommandLine = commandLine;
        Options = options ?? new LiftOptions();
        Diagnostics = diagnostics;
        var emulator = EmulatorBinary.Read(commandLine.Binary?.Text);
        Domain = new Domain
        {
            VirtType = emulator.ImpliesKvm ? "kvm" : "qemu",
            Emulator = commandLine.Binary?.Text,
            Os = new OsSettings { Arch = emulator.Arch },
        };
    }

    public ArgvCommandLine CommandLine { get; }

    public LiftOptions Options { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>The domain so far, without its devices (see <see cref="Devices"/>).</summary>
    public Domain Domain { get; set; }

    public IReadOnlyList<Device> Devices => _devices;

    public IEnumerable<Backend> Backends => _backends.Values;

    public void AddDevice(Device device) => _devices.Add(device);

    /// <summary>
    /// Adds a device just before <paramref name="before"/> (found by reference): for devices the line
    /// implies without an option of their own, which take the place of a device that follows them.
    /// </summary>
    public void InsertDevice(Device before, Device device)
    {
        var i = _devices.FindIndex(d => ReferenceEquals(d, before));
        _devices.Insert(i < 0 ? _devices.Count : i, device);
    }

    /// <summary>Replaces a device (found by reference) with an updated copy.</summary>
    public void ReplaceDevice(Device old, Device updated)
    {
        var i = _devices.FindIndex(d => ReferenceEquals(d, old));
        if (i >= 0)
        {
            _devices[i] = updated;
        }
    }

    /// <summary>Scratch state of one lifter family for this command line (created on first use).</summary>
    public T State<T>()
        where T : class, new()
    {
        if (!_state.TryGetValue(typeof(T), out var s))
        {
            s = new T();
            _state[typeof(T)] = s;
        }

        return (T)s;
    }

    /// <summary>The value of an environment assignment before the binary, or null.</summary>
    public string? Env(string name) => CommandLine.Env.LastOrDefault(e => e.Name == name)?.Value.Text;

    /// <summary>Registers a backend under <paramref name="kind"/>/<paramref name="id"/>; a second one with the same id is an error.</summary>
    public Backend? Define(string kind, string id, ArgvOption option, PropertyBag properties, object? payload = null)
    {
        var backend = new Backend(kind, id, option, properties, payload);
        if (!_backends.TryAdd((kind, id), backend))
        {
            Error(LiftCodes.DuplicateId, properties.GetEntry("id")?.KeySpan ?? option.Span, $"{kind} id '{id}' is defined twice");
            return null;
        }

        return backend;
    }

    /// <summary>
    /// Registers the backend an option defines under the value of its <paramref name="idKey"/>
    /// property; without one, an error at the option (nothing could refer to it).
    /// </summary>
    public Backend? DefineFromOption(string kind, ArgvOption option, string idKey = "id", Func<PropertyBag, object?>? payload = null)
    {
        if (option.Properties is not { } p)
        {
            return null;
        }

        if (p.GetString(idKey) is not { } id)
        {
            Error(LiftCodes.MissingProperty, option.Span, $"-{option.Name} needs {idKey}=");
            return null;
        }

        return Define(kind, id, option, p, payload?.Invoke(p));
    }

    /// <summary>The backend a reference names (marking it used), or null with an error at <paramref name="at"/>.</summary>
    public Backend? Resolve(string kind, string id, SourceSpan at)
    {
        if (_backends.TryGetValue((kind, id), out var backend))
        {
            backend.Used = true;
            return backend;
        }

        Error(LiftCodes.DanglingReference, at, $"no {kind} with id '{id}' is defined");
        return null;
    }

    public Backend? Find(string kind, string id) => _backends.GetValueOrDefault((kind, id));

    /// <summary>
    /// Keeps the option's words for &lt;qemu:commandline&gt; (so the guest still gets them) and says
    /// so with a warning at the option: nothing from the input is dropped silently.
    /// </summary>
    public void KeepAsPassthrough(ArgvOption option, string reason) =>
        KeepAsPassthrough(option.Span, [.. option.Words], $"{option.Word.Text}: {reason}");

    /// <summary>
    /// Keeps words equivalent to part of an option (for example one <c>-cpu</c> property rewritten as
    /// the <c>-global</c> QEMU makes of it) for &lt;qemu:commandline&gt;, with a warning at <paramref name="at"/>.
    /// </summary>
    public void KeepAsPassthrough(SourceSpan at, string[] words, string what)
    {
        _passthrough.Add((at, words));
        Warning(LiftCodes.KeptAsPassthrough, at, $"{what}; kept in <qemu:commandline>");
    }

    /// <summary>Properties a lifter read but domain XML has no place for: a warning each, at the key (a user-aliased device keeps them as overrides).</summary>
    public void IgnoreProperties(ArgvOption option, PropertyBag properties, params string[] understood)
    {
        foreach (var e in properties)
        {
            if (Array.IndexOf(understood, e.Key) < 0)
            {
                Ignore(option, properties, e);
            }
        }
    }

    /// <summary>As above, with the understood keys as a set built once per lifter.</summary>
    public void IgnoreProperties(ArgvOption option, PropertyBag properties, IReadOnlySet<string> understood)
    {
        foreach (var e in properties)
        {
            if (!understood.Contains(e.Key))
            {
                Ignore(option, properties, e);
            }
        }
    }

    // A device's own property with a user alias is still carried, as a <qemu:override> (see QemuOverrides).
    private void Ignore(ArgvOption option, PropertyBag properties, PropertyEntry e)
    {
        if (!QemuOverrides.TryKeep(this, option, properties, e))
        {
            Warning(LiftCodes.IgnoredProperty, e.KeySpan, $"-{option.Name} property '{e.Key}' is not carried into domain XML");
        }
    }

    /// <summary>The passthrough words in command line order.</summary>
    public IEnumerable<string> PassthroughArgs() =>
        _passthrough.OrderBy(p => p.At.Line).ThenBy(p => p.At.Column).SelectMany(p => p.Words);

    public void Error(string code, SourceSpan at, string message) => Diagnostics.Error(code, at, message);

    public void Warning(string code, SourceSpan at, string message) => Diagnostics.Warning(code, at, message);

    /// <summary>An error for a value that does not parse, at the value.</summary>
    public void Malformed(PropertyValue value, string what) => Error(LiftCodes.MalformedValue, value.Span, what);
}
