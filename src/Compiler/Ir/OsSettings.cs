namespace Qconv.Compiler.Ir;

/// <summary>&lt;os&gt;: guest type, architecture, machine, boot order and firmware.</summary>
public sealed record OsSettings
{
    /// <summary><c>hvm</c> for full virtualisation.</summary>
    public string Type { get; init; } = "hvm";

    public string? Arch { get; init; }

    public string? Machine { get; init; }

    /// <summary>&lt;os firmware='efi|bios'&gt; auto-selection.</summary>
    public string? Firmware { get; init; }

    public EquatableArray<FirmwareFeature> FirmwareFeatures { get; init; } = EquatableArray<FirmwareFeature>.Empty;

    /// <summary>Boot devices in order: <c>hd</c>, <c>cdrom</c>, <c>network</c>, <c>fd</c>.</summary>
    public EquatableArray<string> BootDevices { get; init; } = EquatableArray<string>.Empty;

    public bool? BootMenu { get; init; }

    public int? BootMenuTimeout { get; init; }

    public Loader? Loader { get; init; }

    public Nvram? Nvram { get; init; }

    public string? Kernel { get; init; }

    public string? Initrd { get; init; }

    public string? Cmdline { get; init; }

    public string? Dtb { get; init; }

    public string? Init { get; init; }

    public bool? BiosUseSerial { get; init; }

    public int? RebootTimeout { get; init; }

    public string? SmbiosMode { get; init; }

    public Diagnostics.SourceSpan? Span { get; init; }
}

public sealed record FirmwareFeature(string Name, bool Enabled);

/// <summary>&lt;loader&gt;: firmware image path and its attributes.</summary>
public sealed record Loader
{
    public string? Path { get; init; }

    public bool? ReadOnly { get; init; }

    /// <summary><c>rom</c> or <c>pflash</c>.</summary>
    public string? Type { get; init; }

    public bool? Secure { get; init; }

    public bool? Stateless { get; init; }

    public string? Format { get; init; }
}

/// <summary>&lt;nvram&gt;: per-guest variable store.</summary>
public sealed record Nvram
{
    public string? Path { get; init; }

    public string? Template { get; init; }

    public string? Format { get; init; }

    /// <summary>
    /// &lt;nvram type='file|block|network'&gt;&lt;source .../&gt;: the varstore described like a disk
    /// source (its <see cref="DiskSource.Type"/> is the nvram's type attribute).
    /// </summary>
    public DiskSource? Source { get; init; }
}
