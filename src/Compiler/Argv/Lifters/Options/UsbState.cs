namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>What the command line said about QEMU's built-in USB controller.</summary>
public sealed class UsbState
{
    /// <summary><c>-usb</c> was given.</summary>
    public bool UsbOption { get; set; }

    /// <summary><c>-machine usb=on|off</c>, when given.</summary>
    public bool? MachineUsb { get; set; }
}
