namespace Qconv.Compiler.Ir;

/// <summary>A port on a virtio-serial controller.</summary>
public sealed record VirtioSerialAddress(int Controller, int Bus, int Port) : Address
{
    public override string Type => "virtio-serial";
}
