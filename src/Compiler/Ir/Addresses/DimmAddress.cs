namespace Qconv.Compiler.Ir;

/// <summary>A memory DIMM slot and base address.</summary>
public sealed record DimmAddress(int? Slot, ulong? Base) : Address
{
    public override string Type => "dimm";
}
