namespace Qconv.Compiler.Ir;

/// <summary>A USB address: bus (controller index) and a dotted port path such as <c>1.2</c>.</summary>
public sealed record UsbAddress(int Bus, string? Port) : Address
{
    public override string Type => "usb";
}
