namespace Qconv.Compiler.Native.Legacy;

/// <summary><c>-usb</c> enables the PIIX3 USB controller; USB input devices follow as <c>-usbdevice</c>.</summary>
public sealed class LegacyUsbEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        ctx.Add("-usb");
        foreach (var input in ctx.Domain.DevicesOf<Ir.Input>())
        {
            if (input.Bus == "usb")
            {
                ctx.Add("-usbdevice", input.Type);
            }
        }
    }
}
