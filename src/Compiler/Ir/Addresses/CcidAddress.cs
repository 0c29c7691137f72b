namespace Qconv.Compiler.Ir;

/// <summary>A slot on a CCID (smartcard) controller.</summary>
public sealed record CcidAddress(int Controller, int Slot) : Address
{
    public override string Type => "ccid";
}
