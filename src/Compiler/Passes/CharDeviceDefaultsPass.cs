using System.Globalization;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Post-parse defaults of character devices (virDomainChrDefPostParse, virDomainDefAddConsoleCompat,
/// qemuDomainChrDefPostParse): serial target types and models, port numbers, the console that
/// merely mirrors serial0, virtio-serial ports for channels and virtio consoles (adding the
/// virtio-serial controller they need) and auto-generated virtio channel socket paths.
/// </summary>
/// <param name="startTime">
/// Whether to fill in unix channel socket paths: libvirt only does so when it starts the guest
/// (qemuDomainPrepareChannel from qemuProcessPrepareDomain), so the stored XML has none.
/// </param>
public sealed class CharDeviceDefaultsPass(bool startTime = true) : IDomainPass
{
    public string Name => "chardev-defaults";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var devices = domain.Devices.ToList();
        AddConsoleCompat(devices, domain);
        NumberPorts(devices, "serial");
        NumberPorts(devices, "parallel");
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i] is CharDevice { Kind: "serial" } s)
            {
                devices[i] = SerialTarget(s);
            }
        }

        AssignVirtioSerialPorts(devices, domain, ctx, startTime);
        return domain.WithDevices(devices);
    }

    /// <summary>
    /// On x86 the first console defaults to a serial console; a serial console is only an alias of
    /// serial0 (created from the console when there is none), so it gets no device of its own.
    /// </summary>
    private static void AddConsoleCompat(List<Device> devices, Domain domain)
    {
        var idx = devices.FindIndex(d => d is CharDevice { Kind: "console" });
        if (idx < 0)
        {
            // An HVM guest with a serial port and no console gets the console that mirrors serial0
            // (virDomainDefAddConsoleCompat), so the stored definition shows it.
            if (domain.Os.Type == "hvm" && devices.FirstOrDefault(d => d is CharDevice { Kind: "serial" }) is CharDevice serial0)
            {
                devices.Add(new CharDevice { Kind = "console", Source = serial0.Source, TargetType = "serial", TargetPort = 0, IsSerialCompat = true });
            }

            return;
        }

        var console = (CharDevice)devices[idx];
        if (console.TargetType is null && MachineKind.IsX86(domain.Os.Arch))
        {
            console = console with { TargetType = "serial" };
        }

        if (console.TargetType != "serial")
        {
            devices[idx] = console;
            return;
        }

        var serialIdx = devices.FindIndex(d => d is CharDevice { Kind: "serial" });
        if (serialIdx < 0)
        {
            devices.Insert(idx, new CharDevice
            {
                Kind = "serial",
                Source = console.Source,
                TargetPort = console.TargetPort ?? 0,
                Info = console.Info with { Alias = console.Info.UserAlias ? console.Info.Alias : null },
            });
            idx++;
        }
        else
        {
            console = console with { Source = ((CharDevice)devices[serialIdx]).Source };
        }

        // The compat console is serial0 itself: its own address must not claim a second slot.
        devices[idx] = console with { IsSerialCompat = true, TargetPort = console.TargetPort ?? 0, Info = console.Info with { Address = null } };
    }

    private static void NumberPorts(List<Device> devices, string kind)
    {
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i] is CharDevice { TargetPort: null } c && c.Kind == kind)
            {
                var next = devices.OfType<CharDevice>().Where(x => x.Kind == kind && x.TargetPort is not null)
                    .Select(x => x.TargetPort!.Value + 1).DefaultIfEmpty(0).Max();
                devices[i] = c with { TargetPort = next };
            }
        }
    }

    /// <summary>The target type follows the address (PCI → pci-serial, USB → usb-serial), else ISA; the model follows the type.</summary>
    private static CharDevice SerialTarget(CharDevice s)
    {
        var type = s.TargetType ?? s.Info.Address switch
        {
            PciAddress => "pci-serial",
            UsbAddress => "usb-serial",
            _ => "isa-serial",
        };
        var model = s.TargetModel ?? type switch
        {
            "isa-serial" => "isa-serial",
            "usb-serial" => "usb-serial",
            "pci-serial" => "pci-serial",
            "isa-debug" => "isa-debugcon",
            "spapr-vio-serial" => "spapr-vty",
            "system-serial" => "pl011",
            "sclp-serial" => "sclpconsole",
            _ => null,
        };
        return s with { TargetType = type, TargetModel = model };
    }

    /// <summary>
    /// virtio channels and consoles live on a virtio-serial bus (<see cref="VirtioSerialPorts"/>);
    /// unix channels without a path get one in the guest's channel directory when it starts.
    /// </summary>
    private static void AssignVirtioSerialPorts(List<Device> devices, Domain domain, CompilationContext ctx, bool startTime)
    {
        if (!devices.Any(VirtioSerialPorts.IsOnBus))
        {
            return;
        }

        VirtioSerialPorts.AddControllers(devices);
        VirtioSerialPorts.Assign(devices, ctx);
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i] is not CharDevice c)
            {
                continue;
            }

            // qemuDomainPrepareChannel: the socket is named after the channel (or its port when it has
            // no name) in the guest's channel directory, and QEMU listens on it.
            if (startTime && c.Kind == "channel" && c.TargetType == "virtio" && c.Source is { Type: "unix", Path: null })
            {
                var file = c.TargetName ?? (c.Info.Address is VirtioSerialAddress a
                    ? string.Create(CultureInfo.InvariantCulture, $"vioser-{a.Controller:D2}-{a.Bus:D2}-{a.Port:D2}.sock")
                    : null);
                if (file is not null)
                {
                    c = c with { Source = c.Source with { Path = $"{ctx.Host.ChannelTargetDir(domain.Name ?? string.Empty)}/{file}", Listen = true } };
                }
            }

            devices[i] = c;
        }
    }
}
