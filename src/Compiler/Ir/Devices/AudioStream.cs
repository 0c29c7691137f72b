namespace Qconv.Compiler.Ir;

/// <summary>
/// The &lt;input&gt; or &lt;output&gt; half of an audio backend: the settings every backend has
/// (mixing engine, fixed &lt;settings&gt;, voices, buffer length) and the backend-specific ones.
/// </summary>
public sealed record AudioStream
{
    public static AudioStream Empty { get; } = new();

    public bool? MixingEngine { get; init; }

    public bool? FixedSettings { get; init; }

    public int? Voices { get; init; }

    public int? BufferLength { get; init; }

    /// <summary>&lt;settings frequency=...&gt;; only used with fixedSettings.</summary>
    public int? Frequency { get; init; }

    public int? Channels { get; init; }

    /// <summary><c>s8</c>, <c>u8</c>, <c>s16</c>, <c>u16</c>, <c>s32</c>, <c>u32</c>, <c>f32</c>.</summary>
    public string? Format { get; init; }

    /// <summary>alsa, oss: the device node.</summary>
    public string? Dev { get; init; }

    /// <summary>coreaudio, oss, sdl.</summary>
    public int? BufferCount { get; init; }

    /// <summary>oss.</summary>
    public bool? TryPoll { get; init; }

    /// <summary>jack.</summary>
    public string? ServerName { get; init; }

    /// <summary>jack.</summary>
    public string? ClientName { get; init; }

    /// <summary>jack.</summary>
    public string? ConnectPorts { get; init; }

    /// <summary>jack.</summary>
    public bool? ExactName { get; init; }

    /// <summary>pulseaudio: sink/source name.</summary>
    public string? Name { get; init; }

    /// <summary>pulseaudio.</summary>
    public string? StreamName { get; init; }

    /// <summary>pulseaudio, in microseconds.</summary>
    public int? Latency { get; init; }
}
