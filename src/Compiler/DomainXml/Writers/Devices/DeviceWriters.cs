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
    ];

    public static IReadOnlyDictionary<string, IDeviceWriter> ByElement { get; } = All.ToDictionary(w => w.ElementName);
}
