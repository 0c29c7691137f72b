namespace Qconv.Compiler.Ir;

// Device families that the QEMU 0.10-era command line can express implement these, so the legacy
// emitters need no knowledge of each family's record (see Native/Legacy).

/// <summary>A network interface as <c>-net nic</c> plus a <c>-net</c> backend.</summary>
public interface ILegacyNic
{
    string? MacAddress { get; }

    string? ModelName { get; }

    /// <summary>The backend kind for <c>-net KIND,...</c>: user, tap, socket.</summary>
    string LegacyBackend { get; }

    IEnumerable<KeyValuePair<string, string>> LegacyBackendOptions { get; }
}

/// <summary>A serial or parallel port as a QEMU 0.10 character device spec (<c>pty</c>, <c>file:/x</c>, <c>tcp:host:port</c>).</summary>
public interface ILegacyCharDevice
{
    string LegacyCharSpec { get; }
}

/// <summary>A graphics device as <c>-vnc</c>/<c>-sdl</c>.</summary>
public interface ILegacyGraphics
{
    string LegacyOption { get; }

    string? LegacyValue(Host.IHost host);
}
