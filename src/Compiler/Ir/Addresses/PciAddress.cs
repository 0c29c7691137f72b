namespace Qconv.Compiler.Ir;

/// <summary>A PCI address: domain:bus:slot.function, optionally multifunction.</summary>
public sealed record PciAddress(int Domain, int Bus, int Slot, int Function) : Address
{
    public override string Type => "pci";

    /// <summary>null = not specified; otherwise on/off.</summary>
    public bool? Multifunction { get; init; }

    /// <summary>The zPCI uid/fid extension for s390 (kept verbatim).</summary>
    public GenericNode? Zpci { get; init; }

    /// <summary>An address with every field zero is "unassigned, please pick one" in libvirt.</summary>
    public bool IsZero => Domain == 0 && Bus == 0 && Slot == 0 && Function == 0;
}
