namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>The device families the writer can format, one writer each.</summary>
public static class DeviceWriters
{
    public static IReadOnlyList<IDeviceWriter> All { get; } =
    [
        new DiskWriter(),
        new ControllerWriter(),
        new InputWriter(),
        new MemballoonWriter(),
        new AudioWriter(),
        new InterfaceWriter(),
        new CharDeviceWriter("serial"),
        new CharDeviceWriter("parallel"),
        new CharDeviceWriter("console"),
        new CharDeviceWriter("channel"),
        new SmartcardWriter(),
        new RedirdevWriter(),
        new RedirFilterWriter(), new HubWriter(),
        new HostdevWriter(),
        new VsockWriter(),
        new GraphicsWriter(),
        new VideoWriter(),
        new SoundWriter(),
        new FilesystemWriter(),
        new TpmWriter(),
        new RngWriter(),
        new MemoryDeviceWriter(),
        new IommuWriter(),
        new PanicWriter(), new ShmemWriter(),
        new WatchdogWriter(),
    ];

    public static IReadOnlyDictionary<string, IDeviceWriter> ByElement { get; } = All.ToDictionary(w => w.ElementName);
}
