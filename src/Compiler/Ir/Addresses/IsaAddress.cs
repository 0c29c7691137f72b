namespace Qconv.Compiler.Ir;

/// <summary>An ISA address: I/O base and IRQ.</summary>
public sealed record IsaAddress(int? IoBase, int? Irq) : Address
{
    public override string Type => "isa";
}
