using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Ir;

/// <summary>
/// The parts libvirt keeps in <c>virDomainDeviceInfo</c> for every device: the alias QEMU knows it
/// by, its bus address, boot order and ACPI index. Passes fill in Alias and Address.
/// </summary>
public sealed record DeviceInfo
{
    public static DeviceInfo Empty { get; } = new();

    public string? Alias { get; init; }

    /// <summary>True when the alias came from the user (<c>ua-</c> prefix), so passes keep it.</summary>
    public bool UserAlias { get; init; }

    public Address? Address { get; init; }

    public int? BootOrder { get; init; }

    public string? LoadParm { get; init; }

    public int? AcpiIndex { get; init; }

    public SourceSpan? Span { get; init; }
}
