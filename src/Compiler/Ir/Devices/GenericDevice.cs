namespace Qconv.Compiler.Ir;

/// <summary>
/// A device of a family that has no typed record yet (for example &lt;interface&gt; or
/// &lt;graphics&gt; while those families are being built), kept as a syntax-neutral tree so the
/// writer can still format it. from-native produces these; a family's typed record replaces them
/// as soon as it exists. <see cref="Device.Info"/> carries the address, written after the node's children.
/// </summary>
public sealed record GenericDevice(GenericNode Node) : Device
{
    public override string ElementName => Node.Name;
}
