using System.Collections.Frozen;
using Qconv.Compiler.Argv.Lifters.Devices;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-device DRIVER,...</c> (keyval or JSON): dispatched by driver to the lifter of its device family,
/// which resolves drive=/netdev=/chardev=/audiodev= by id. A driver no family knows is a network card
/// when it is on a -netdev (see <see cref="NicDeviceLifter.IsNic"/>), else kept as passthrough with a warning.
/// </summary>
public sealed class DeviceLifter() : OptionLifter(LiftPhase.Devices, "device"), ILiftFinisher
{
    private static readonly NicDeviceLifter Nics = new();

    private static readonly IDeviceLifter[] Families =
    [
        new DiskDeviceLifter(), new ControllerDeviceLifter(), new InputDeviceLifter(), new BalloonDeviceLifter(), Nics, new CharDeviceLifter(), new VideoDeviceLifter(), new FilesystemDeviceLifter(), new SoundDeviceLifter(), new HostdevDeviceLifter(), new UsbPeripheralLifter(),
        new TpmDeviceLifter(), new ScsiHostdevLifter(), new VhostScsiLifter(),
        new MemoryDeviceLifter(), new VhostUserDiskLifter(),
        new PciControllerLifter(), new PanicDeviceLifter(), new IommuDeviceLifter(), new VmGenIdDeviceLifter(), new FdcDeviceLifter(), new RngDeviceLifter(),
        new HubDeviceLifter(), new ShmemDeviceLifter(),
    ];

    private static readonly FrozenDictionary<string, IDeviceLifter> ByDriver =
        Families.SelectMany(f => f.Drivers.Select(d => (Driver: d, Family: f))).ToFrozenDictionary(x => x.Driver, x => x.Family, StringComparer.Ordinal);

    /// <summary>Families that conclude once every device was lifted (settings one device gives another).</summary>
    public void Finish(LiftContext ctx)
    {
        foreach (var family in Families.OfType<ILiftFinisher>())
        {
            family.Finish(ctx);
        }
    }

    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Properties is not { } p)
        {
            return;
        }

        if (p.GetString("driver") is not { } driver)
        {
            ctx.Error(LiftCodes.MissingProperty, option.Span, "-device needs a driver");
            return;
        }

        if (ByDriver.TryGetValue(driver, out var family))
        {
            family.Lift(option, p, ctx);
        }
        else if (NicDeviceLifter.IsNic(p))
        {
            Nics.Lift(option, p, ctx);
        }
        else
        {
            ctx.KeepAsPassthrough(option, $"device '{driver}' is not lifted by qconv yet");
        }
    }
}
