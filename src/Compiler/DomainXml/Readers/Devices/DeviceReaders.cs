namespace Qconv.Compiler.DomainXml.Readers.Devices;

/// <summary>The device families the reader understands, one reader each.</summary>
public static class DeviceReaders
{
    public static IReadOnlyList<IDeviceReader> All { get; } =
    [
        new DiskReader(),
        new ControllerReader(),
        new InputReader(),
        new MemballoonReader(),
        new AudioReader(),
        new InterfaceReader(),
        new CharDeviceReader("serial"),
        new CharDeviceReader("parallel"),
        new CharDeviceReader("console"),
        new CharDeviceReader("channel"),
        new SmartcardReader(),
        new RedirdevReader(),
        new RedirFilterReader(), new HubReader(),
        new HostdevReader(),
        new VsockReader(),
        new GraphicsReader(),
        new VideoReader(),
        new SoundReader(),
        new FilesystemReader(),
        new PanicReader(), new ShmemReader(),
        new MemoryDeviceReader(),
        new TpmReader(),
        new RngReader(),
        new IommuReader(),
    ];

    public static IReadOnlyDictionary<string, IDeviceReader> ByElement { get; } = All.ToDictionary(r => r.ElementName);
}
