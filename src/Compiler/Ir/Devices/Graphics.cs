namespace Qconv.Compiler.Ir;

/// <summary>
/// &lt;graphics type='vnc|spice|sdl|egl-headless|dbus|rdp|desktop'&gt;: how the guest display is
/// exported (https://libvirt.org/formatdomain.html#graphical-framebuffers). Type-specific settings
/// are null when the type does not have them.
/// </summary>
public sealed record Graphics : Device
{
    public override string ElementName => "graphics";

    public required string Type { get; init; }

    /// <summary>VNC/SPICE port; -1 or null when libvirt picks one (autoport).</summary>
    public int? Port { get; init; }

    /// <summary>SPICE TLS port; -1 when libvirt picks one.</summary>
    public int? TlsPort { get; init; }

    public bool AutoPort { get; init; }

    /// <summary>VNC websocket port; -1 when libvirt picks one.</summary>
    public int? Websocket { get; init; }

    /// <summary>VNC <c>sharePolicy</c>: allow-exclusive, force-shared, ignore.</summary>
    public string? SharePolicy { get; init; }

    public bool? PowerControl { get; init; }

    public string? Keymap { get; init; }

    public string? Passwd { get; init; }

    /// <summary>VNC/SPICE <c>passwdValidTo</c>: when the password expires (ISO 8601).</summary>
    public string? PasswdValidTo { get; init; }

    /// <summary>VNC/SPICE <c>connected</c>: what happens to clients when the password changes (keep, disconnect, fail).</summary>
    public string? Connected { get; init; }

    public EquatableArray<GraphicsListen> Listens { get; init; } = EquatableArray<GraphicsListen>.Empty;

    /// <summary>&lt;audio id=...&gt; for VNC and D-Bus: the backend whose sound the client gets.</summary>
    public int? AudioId { get; init; }

    /// <summary>&lt;gl enable= rendernode=&gt; (SPICE, SDL, D-Bus, egl-headless).</summary>
    public bool? GlEnable { get; init; }

    public string? RenderNode { get; init; }

    /// <summary>SPICE: <c>defaultMode</c> any, secure, insecure.</summary>
    public string? DefaultMode { get; init; }

    /// <summary>SPICE: &lt;channel name= mode=&gt; in document order.</summary>
    public EquatableArray<Attr> Channels { get; init; } = EquatableArray<Attr>.Empty;

    public string? ImageCompression { get; init; }

    public string? JpegCompression { get; init; }

    public string? ZlibCompression { get; init; }

    public bool? PlaybackCompression { get; init; }

    public string? StreamingMode { get; init; }

    public bool? CopyPaste { get; init; }

    public bool? FileTransfer { get; init; }

    /// <summary>SPICE: &lt;mouse mode='server|client'&gt;.</summary>
    public string? MouseMode { get; init; }

    /// <summary>SDL: X display, Xauthority file and full-screen flag.</summary>
    public string? Display { get; init; }

    public string? XAuth { get; init; }

    public bool FullScreen { get; init; }

    /// <summary>D-Bus: bus address, or peer-to-peer.</summary>
    public string? DbusAddress { get; init; }

    public bool? DbusP2p { get; init; }
}

/// <summary>&lt;listen type='address|network|socket|none'&gt; of a graphics device.</summary>
public sealed record GraphicsListen(string Type)
{
    public string? Address { get; init; }

    public string? Network { get; init; }

    public string? Socket { get; init; }
}
