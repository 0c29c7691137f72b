using System.Globalization;

namespace Qconv.Compiler.Passes;

/// <summary>
/// The ports of one USB controller or hub (libvirt's virDomainUSBAddressHub): which are taken, and
/// which hold a hub with ports of its own. Port paths are dotted, 1-based, at most four levels deep.
/// </summary>
internal sealed class UsbPortTree(int ports)
{
    /// <summary>Ports of a &lt;hub type='usb'&gt; (VIR_DOMAIN_USB_HUB_PORTS).</summary>
    public const int HubPorts = 8;

    /// <summary>VIR_DOMAIN_DEVICE_USB_MAX_PORT_DEPTH.</summary>
    public const int MaxDepth = 4;

    private readonly bool[] _used = new bool[ports];
    private readonly UsbPortTree?[] _hubs = new UsbPortTree?[ports];

    /// <summary>Splits "1.2.3" into port numbers; null when it is not a valid path.</summary>
    public static int[]? ParsePath(string port)
    {
        var parts = port.Split('.');
        if (parts.Length > MaxDepth)
        {
            return null;
        }

        var path = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out path[i]) || path[i] < 1)
            {
                return null;
            }
        }

        return path;
    }

    /// <summary>
    /// Walks the path to the hub holding its last port (virDomainUSBAddressFindPort); on failure
    /// returns libvirt's message instead.
    /// </summary>
    public (UsbPortTree? Hub, int Index, string? Error) Find(int[] path, int bus, string portText)
    {
        var hub = this;
        for (var i = 0; i < path.Length - 1; i++)
        {
            var idx = path[i] - 1;
            if (idx >= hub._hubs.Length)
            {
                return (null, 0, $"port {path[i]} out of range in USB address bus: {bus} port: {portText}");
            }

            hub = hub._hubs[idx];
            if (hub is null)
            {
                return (null, 0, $"there is no hub at port {path[i]} in USB address bus: {bus} port: {portText}");
            }
        }

        var target = path[^1] - 1;
        return target >= hub._used.Length
            ? (null, 0, $"requested USB port {portText} not present on USB bus {bus}")
            : (hub, target, null);
    }

    public bool IsUsed(int index) => _used[index];

    public void Use(int index) => _used[index] = true;

    /// <summary>Plugs a new hub into the port; false when one is already there.</summary>
    public bool AddHub(int index)
    {
        if (_hubs[index] is not null)
        {
            return false;
        }

        _used[index] = true;
        _hubs[index] = new UsbPortTree(HubPorts);
        return true;
    }

    /// <summary>
    /// The first free port here, else depth-first through the hubs plugged into this one
    /// (virDomainUSBAddressFindFreePort); the port is taken before it is returned.
    /// </summary>
    public string? TakeFree(int level = 0)
    {
        var free = 0;
        while (free < _used.Length && _used[free])
        {
            free++;
        }

        free = free < _used.Length ? free : -1;
        if (free >= 0)
        {
            _used[free] = true;
            return (free + 1).ToString(CultureInfo.InvariantCulture);
        }

        if (level >= MaxDepth - 1)
        {
            return null;
        }

        for (var i = 0; i < _hubs.Length; i++)
        {
            if (_hubs[i]?.TakeFree(level + 1) is { } sub)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{i + 1}.{sub}");
            }
        }

        return null;
    }
}
