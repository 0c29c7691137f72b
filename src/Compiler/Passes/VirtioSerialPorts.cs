using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Ports on virtio-serial buses for virtio channels and consoles, as libvirt assigns them
/// (virDomainDefMaybeAddVirtioSerialController, then qemuDomainAssignVirtioSerialAddresses in
/// src/conf/domain_addr.c): every controller index a channel or console names is created; complete
/// addresses (a port other than 0) are reserved first; then consoles, which may take port 0, and
/// channels, which start at port 1, get the first free port: on the controller their address names,
/// or else on the first controller with room, or on a new controller
/// when all are full.
/// </summary>
internal static class VirtioSerialPorts
{
    /// <summary>A controller without <c>ports=</c> has 31 (VIR_DOMAIN_DEFAULT_VIRTIO_SERIAL_PORTS).</summary>
    private const int DefaultPorts = 31;

    public static bool IsOnBus(Device d) =>
        d is CharDevice { Kind: "channel" or "console", TargetType: "virtio" };

    public static void AddControllers(List<Device> devices)
    {
        // Channels before consoles, in document order, as libvirt walks them.
        foreach (var kind in new[] { "channel", "console" })
        {
            foreach (var c in devices.OfType<CharDevice>().Where(c => c.Kind == kind && IsOnBus(c)).ToList())
            {
                var index = c.Info.Address is VirtioSerialAddress a ? a.Controller : 0;
                if (!devices.OfType<Controller>().Any(x => x.Type == "virtio-serial" && x.Index == index))
                {
                    devices.Add(new Controller { Type = "virtio-serial", Index = index });
                }
            }
        }
    }

    public static void Assign(List<Device> devices, CompilationContext ctx)
    {
        // Reference-type entries keep this pass on generic code that ReadyToRun has precompiled.
        var buses = new List<Bus>();
        foreach (var c in devices.OfType<Controller>().Where(c => c.Type == "virtio-serial"))
        {
            if (Find(buses, c.Index) is null)
            {
                var at = buses.FindIndex(b => b.Index > c.Index);
                buses.Insert(at < 0 ? buses.Count : at, new Bus(c.Index, new bool[Math.Max(c.Ports ?? DefaultPorts, 1)]));
            }
        }

        foreach (var d in devices)
        {
            if (IsOnBus(d) && d.Info.Address is VirtioSerialAddress { Port: > 0 } a)
            {
                Reserve(buses, d, a, ctx);
            }
        }

        foreach (var kind in new[] { "console", "channel" })
        {
            for (var i = 0; i < devices.Count; i++)
            {
                if (devices[i] is CharDevice c && c.Kind == kind && IsOnBus(c) && c.Info.Address is not VirtioSerialAddress { Port: > 0 })
                {
                    if (Next(buses, devices, c, kind == "console", ctx) is { } address)
                    {
                        devices[i] = c with { Info = c.Info with { Address = address } };
                    }
                }
            }
        }
    }

    private static Bus? Find(List<Bus> buses, int index) => buses.Find(b => b.Index == index);

    private static void Reserve(List<Bus> buses, Device d, VirtioSerialAddress a, CompilationContext ctx)
    {
        var ports = Find(buses, a.Controller)?.Ports;
        if (ports is null || a.Port >= ports.Length)
        {
            ctx.Error("QC0403", d.Info, $"virtio serial controller {a.Controller} has no port {a.Port}");
        }
        else if (ports[a.Port])
        {
            ctx.Error("QC0401", d.Info, $"virtio serial port {a.Port} on controller {a.Controller} is already occupied");
        }
        else
        {
            ports[a.Port] = true;
        }
    }

    private static VirtioSerialAddress? Next(List<Bus> buses, List<Device> devices, CharDevice c, bool allowZero, CompilationContext ctx)
    {
        // A controller named without a port keeps its controller (virDomainVirtioSerialAddrNextFromController);
        // port 0 stays reserved there even for consoles.
        if (c.Info.Address is VirtioSerialAddress partial && !allowZero)
        {
            var ports = Find(buses, partial.Controller)!.Ports;
            var free = FreePort(ports, 1);
            if (free < 0)
            {
                ctx.Error("QC0404", c.Info, $"no free port on virtio-serial controller {partial.Controller}");
                return null;
            }

            ports[free] = true;
            return new VirtioSerialAddress(partial.Controller, 0, free);
        }

        var start = allowZero ? 0 : 1;
        foreach (var bus in buses)
        {
            var free = FreePort(bus.Ports, start);
            if (free >= 0)
            {
                bus.Ports[free] = true;
                return new VirtioSerialAddress(bus.Index, 0, free);
            }
        }

        // Every bus is full: libvirt adds a controller at the lowest free index (virDomainVirtioSerialAddrNext).
        var added = 0;
        while (Find(buses, added) is not null)
        {
            added++;
        }

        devices.Add(new Controller { Type = "virtio-serial", Index = added });
        var fresh = new bool[DefaultPorts];
        fresh[start] = true;
        buses.Add(new Bus(added, fresh));
        return new VirtioSerialAddress(added, 0, start);
    }

    private static int FreePort(bool[] ports, int start)
    {
        for (var p = start; p < ports.Length; p++)
        {
            if (!ports[p])
            {
                return p;
            }
        }

        return -1;
    }

    /// <summary>One virtio-serial controller and which of its ports are taken.</summary>
    private sealed record Bus(int Index, bool[] Ports);
}
