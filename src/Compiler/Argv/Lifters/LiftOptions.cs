using Qconv.Compiler.Host;

namespace Qconv.Compiler.Argv.Lifters;

/// <summary>Facts about the QEMU the command line was written for that the command line itself does not state.</summary>
public sealed record LiftOptions
{
    /// <summary>
    /// The display adapter QEMU adds when a guest with graphics has no <c>-vga</c>: standard VGA
    /// since QEMU 2.2, Cirrus before (the era of libvirt's former converter).
    /// </summary>
    public string DefaultVideoModel { get; init; } = "vga";

    /// <summary>
    /// The host libvirt built the command line on, when known: it tells paths libvirt generated there
    /// (the socket of the swtpm it started) from paths the user gave. Null: only libvirt's naming rules.
    /// </summary>
    public IHost? Host { get; init; }

    /// <summary>
    /// Descriptor groups the caller associated with the domain (virDomainFDAssociate), by name: a
    /// <c>-add-fd</c> set holding exactly one group's descriptors was opened from that group.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>>? FdGroups { get; init; }

    /// <summary>
    /// Reads the master key file of libvirt's <c>masterKey0</c> secret object (its <c>file=</c>, 32 raw
    /// bytes), so that secret objects encrypted with it can be read back; null when it cannot.
    /// </summary>
    public Func<string, byte[]?>? ReadMasterKey { get; init; }
}
