using System.Collections.Frozen;
using Qconv.Compiler.Argv.Lifters.Options;

namespace Qconv.Compiler.Argv.Lifters;

/// <summary>
/// Every option lifter, and the lifter of each option name. A new option family adds its lifter here
/// (the mirror image of <see cref="Native.EmitterPipeline"/>). Finishers run in this order, so the
/// device lifter (whose families complete one device from another) comes first: the others conclude
/// from the finished devices.
/// </summary>
public static class LifterRegistry
{
    public static IReadOnlyList<IOptionLifter> All { get; } =
    [
        new DeviceLifter(), new NameLifter(), new UuidLifter(), new MachineLifter(), new AccelLifter(), new CpuLifter(), new MemoryLifter(), new MemPreallocLifter(),
        new SmpLifter(), new BootLifter(), new BiosLifter(), new PowerLifter(), new RtcLifter(), new AcceptedLifter(),
        new DriveLifter(), new LegacyDiskLifter(), new UsbLifter(), new PciHostLifter(),
        new NetLifter(), new ChardevLifter(), new AddFdLifter(), new FsdevLifter(), new SerialLifter(), new MonitorLifter(),
        new DisplayLifter(), new VgaLifter(), new SoundhwLifter(), new WatchdogLifter(), new GlobalLifter(), new NumaLifter(),
        new BlockdevLifter(), new NetdevLifter(), new AudiodevLifter(), new ObjectLifter(), new TpmdevLifter(), new CompatLifter(), new KernelLifter(),
        new KeymapLifter(),
    ];

    public static FrozenDictionary<string, IOptionLifter> ByOption { get; } =
        All.SelectMany(l => l.Options.Select(o => (Option: o, Lifter: l))).ToFrozenDictionary(x => x.Option, x => x.Lifter, StringComparer.Ordinal);
}
