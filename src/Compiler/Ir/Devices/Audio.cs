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

    /// <summary>pulseaudio: <c>serverName</c>.</summary>
    public string? ServerName { get; init; }

    /// <summary>file: the wav file <c>path</c>.</summary>
    public string? Path { get; init; }

    /// <summary>sdl: the SDL audio <c>driver</c> (passed to QEMU as SDL_AUDIODRIVER).</summary>
    public string? SdlDriver { get; init; }

    /// <summary>oss: <c>tryMMap</c>.</summary>
    public bool? TryMMap { get; init; }

    /// <summary>oss: <c>exclusive</c>.</summary>
    public bool? Exclusive { get; init; }

    /// <summary>oss: <c>dspPolicy</c>.</summary>
    public int? DspPolicy { get; init; }

    public AudioStream Input { get; init; } = AudioStream.Empty;

    public AudioStream Output { get; init; } = AudioStream.Empty;
}
