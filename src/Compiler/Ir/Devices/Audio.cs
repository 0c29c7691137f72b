namespace Qconv.Compiler.Ir;

/// <summary>
/// &lt;audio id=... type=...&gt;: a host audio backend (QEMU -audiodev), referenced by sound
/// devices and graphics. https://libvirt.org/formatdomain.html#audio-backends
/// </summary>
public sealed record Audio : Device
{
    public override string ElementName => "audio";

    public int Id { get; init; }

    /// <summary><c>none</c>, <c>alsa</c>, <c>coreaudio</c>, <c>jack</c>, <c>oss</c>, <c>pulseaudio</c>, <c>sdl</c>, <c>spice</c>, <c>file</c>, <c>dbus</c>, <c>pipewire</c>.</summary>
    public required string Type { get; init; }

    public int? TimerPeriod { get; init; }

    /// <summary>Backend-level attributes (server=, path=, runtimeDir=, driver=...).</summary>
    public EquatableArray<KeyValuePair<string, string>> Attributes { get; init; } = EquatableArray<KeyValuePair<string, string>>.Empty;

    public AudioStream? Input { get; init; }

    public AudioStream? Output { get; init; }
}

/// <summary>An &lt;input&gt; or &lt;output&gt; stream of an audio backend: attributes and &lt;settings&gt;.</summary>
public sealed record AudioStream(
    EquatableArray<KeyValuePair<string, string>> Attributes,
    EquatableArray<KeyValuePair<string, string>> Settings);
