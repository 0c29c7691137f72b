namespace Qconv.Compiler.Ir;

/// <summary>
/// Address types without bus arithmetic in qconv (virtio-mmio, spapr-vio, ccw, unassigned, none):
/// the type and its attributes are kept verbatim so the writer reproduces them.
/// </summary>
public sealed record OtherAddress(string AddressType, EquatableArray<Attr> Attributes) : Address
{
    public override string Type => AddressType;
}
