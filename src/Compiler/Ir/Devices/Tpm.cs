using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Ir;

/// <summary>
/// &lt;tpm model='tpm-tis|tpm-crb|tpm-spapr|spapr-tpm-proxy'&gt; with a passthrough, emulator (swtpm)
/// or external backend (https://libvirt.org/formatdomain.html#tpm-device).
/// </summary>
public sealed record Tpm : Device, IAliasedDevice
{
    public override string ElementName => "tpm";

    public string? Model { get; init; }

    /// <summary><c>passthrough</c>, <c>emulator</c> or <c>external</c>.</summary>
    public required string BackendType { get; init; }

    /// <summary>The host TPM device of a passthrough backend.</summary>
    public string? DevicePath { get; init; }

    /// <summary>The UNIX socket of an external emulator.</summary>
    public string? SourcePath { get; init; }

    public string? Version { get; init; }

    public string? EncryptionSecret { get; init; }

    public bool PersistentState { get; init; }

    /// <summary>The PCR banks swtpm activates (&lt;active_pcr_banks&gt;&lt;sha256/&gt;...), in document order.</summary>
    public EquatableArray<string> ActivePcrBanks { get; init; } = EquatableArray<string>.Empty;

    public string? DefaultAlias(Func<string, string> next) => next("tpm");
}
