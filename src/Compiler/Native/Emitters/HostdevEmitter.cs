using System.Globalization;
using Qconv.Compiler.Caps;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// Host devices (qemuBuildHostdevCommandLine). USB devices become <c>usb-host</c>
/// (qemuBuildUSBHostdevDevProps): the device node when QEMU takes <c>hostdevice</c>, else
/// hostbus/hostaddr, and the guest-reset policy. PCI functions and mediated devices are VFIO
/// devices; SCSI LUNs are <c>scsi-generic</c> devices over a block backend (<see cref="HostdevScsiEmitter"/>).
/// </summary>
public sealed class HostdevEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var boot = BootIndexes.Of(ctx);
        var nodeIndex = new Storage.BlockNodeNames(ctx.Domain).Count;

        // Hostdev interfaces are def->hostdevs' first entries (inserted when the nets are parsed).
        foreach (var n in ctx.Domain.DevicesOf<Interface>().Where(n => n.Type == "hostdev"))
        {
            EmitInterface(ctx, n, boot.TryGetValue(n, out var nb) ? nb : null);
        }

        foreach (var h in ctx.Domain.DevicesOf<Hostdev>().Where(h => h.Mode == "subsystem"))
        {
            var bootIndex = boot.TryGetValue(h, out var b) ? b : (int?)null;
            switch (h.Type)
            {
                case "usb":
                    ctx.Add("-device", UsbProps(ctx, h, bootIndex));
                    break;
                case "pci" when h.Info.Address is not OtherAddress { AddressType: "unassigned" }:
                    ctx.Add("-device", PciProps(ctx, h, bootIndex));
                    break;
                case "pci":
                    break;
                case "mdev":
                    ctx.Add("-device", MdevProps(ctx, h, bootIndex));
                    break;
                case "scsi":
                    HostdevScsiEmitter.Emit(ctx, h, ++nodeIndex, bootIndex);
                    break;
                case "scsi_host":
                    ctx.Add("-device", VhostScsiProps(ctx, h, bootIndex));
                    break;
                default:
                    ctx.Error("QC0440", h.Info, $"host device type '{h.Type}' is not supported by qconv yet");
                    break;
            }
        }
    }

    /// <summary>qemuBuildPCIHostdevDevProps: VFIO passthrough of host PCI function DDDD:BB:SS.F.</summary>
    private static JsonProps PciProps(EmitContext ctx, Hostdev h, int? bootIndex)
    {
        var a = h.SourceNode?.Child("address");
        int Part(string name) => a?.Attr(name) is { } v ? Convert.ToInt32(v, v.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? 16 : 10) : 0;
        var rom = h.Extra.FirstOrDefault(x => x.Name == "rom");
        var teaming = h.Extra.FirstOrDefault(x => x.Name == "teaming");
        var pair = teaming?.Attr("type") == "transient" ? teaming.Attr("persistent") : null;
        return VfioPciProps(ctx, h, (Part("domain"), Part("bus"), Part("slot"), Part("function")), bootIndex, pair, rom is null ? null : DeviceRom.Of(rom));
    }

    /// <summary>
    /// An &lt;interface type='hostdev'&gt; is the same VFIO device as a PCI &lt;hostdev&gt;; its MAC,
    /// &lt;vlan&gt; and &lt;virtualport&gt; are set on the VF by libvirt through netlink, not on QEMU's
    /// command line. QEMU only has VFIO assignment (qemuDomainPrepareHostdevPCI rejects the legacy
    /// 'kvm' and the 'xen' backends), so any other driver name is an error rather than a guess.
    /// </summary>
    private static void EmitInterface(EmitContext ctx, Interface n, int? bootIndex)
    {
        if (n.Driver?.Name is { } backend && backend != "vfio")
        {
            ctx.Error("QC0441", n.Info, $"<interface type='hostdev'> driver name '{backend}' is not supported by QEMU, only 'vfio'");
            return;
        }

        // virDomainActualNetDefValidate (at guest start): multiqueue and nwfilter need a tap device,
        // which a VF does not have.
        if (n.Driver?.Queues is { } queues && int.TryParse(queues, CultureInfo.InvariantCulture, out var q) && q > 1)
        {
            ctx.Error("QC0442", n.Info, $"interface {n.Mac} - multiqueue is not supported for network interfaces of type hostdev");
            return;
        }

        if (n.Extra.Any(e => e.Name == "filterref"))
        {
            ctx.Error("QC0442", n.Info, "filterref is not supported for network interfaces of type hostdev");
            return;
        }

        if (n.HostdevSource is not { } src)
        {
            ctx.Error("QC0441", n.Info, "<interface type='hostdev'> has no <source><address type='pci'/> host function");
            return;
        }

        var pair = n.Teaming?.Type == "transient" ? n.Teaming.Persistent : null;
        ctx.Add("-device", VfioPciProps(ctx, n, (src.Domain, src.Bus, src.Slot, src.Function), bootIndex, pair, n.Rom));
    }

    /// <summary>
    /// The transient member of a failover pair (&lt;teaming type='transient' persistent='ALIAS'/&gt;) names
    /// its virtio partner with <c>failover_pair_id</c> (docs/system/virtio-net-failover.rst).
    /// </summary>
    private static JsonProps VfioPciProps(EmitContext ctx, Device d, (int Domain, int Bus, int Slot, int Function) host, int? bootIndex, string? failoverPair, DeviceRom? rom)
    {
        var hostText = string.Create(CultureInfo.InvariantCulture, $"{host.Domain:x4}:{host.Bus:x2}:{host.Slot:x2}.{host.Function:x}");
        var props = new JsonProps().Add("driver", "vfio-pci").Add("host", hostText).Add("id", d.Info.Alias ?? "hostdev0");
        props.AddIfNotNull("bootindex", bootIndex);
        props.AddIfNotNull("failover_pair_id", failoverPair);
        DeviceAddressProps.Add(props, d, ctx.Domain);
        if (rom is not null)
        {
            NetEmitter.RomProps(props, rom);
        }

        return props;
    }

    /// <summary>
    /// qemuBuildHostdevMediatedDevProps: a mediated device by its sysfs path. A vGPU with a ramfb boot
    /// display must not be hot-unplugged, so QEMU gets the <c>vfio-pci-nohotplug</c> variant for it.
    /// </summary>
    private static JsonProps MdevProps(EmitContext ctx, Hostdev h, int? bootIndex)
    {
        var driver = h.MdevModel == "vfio-pci" && h.Ramfb == true ? "vfio-pci-nohotplug" : h.MdevModel ?? "vfio-pci";
        var props = new JsonProps()
            .Add("driver", driver)
            .Add("id", h.Info.Alias ?? "hostdev0")
            .Add("sysfsdev", "/sys/bus/mdev/devices/" + h.MdevUuid);
        if (h.Display is { } display)
        {
            props.Add("display", display ? "on" : "off");
        }

        if (h.Ramfb == true)
        {
            props.Add("ramfb", true);
        }

        props.AddIfNotNull("bootindex", bootIndex);
        DeviceAddressProps.Add(props, h, ctx.Domain);
        return props;
    }

    private static JsonProps UsbProps(EmitContext ctx, Hostdev h, int? bootIndex)
    {
        var props = new JsonProps().Add("driver", "usb-host");
        if (h.UsbBus is { } bus && h.UsbDevice is { } dev)
        {
            if (ctx.Caps.Has(new QemuCap("usb-host.hostdevice")))
            {
                props.Add("hostdevice", string.Create(CultureInfo.InvariantCulture, $"/dev/bus/usb/{bus:000}/{dev:000}"));
            }
            else
            {
                props.Add("hostbus", bus).Add("hostaddr", dev);
            }
        }

        props.Add("id", h.Info.Alias ?? "hostdev0");
        props.AddIfNotNull("bootindex", bootIndex);
        switch (h.GuestReset)
        {
            case "off":
                props.Add("guest-reset", false);
                break;
            case "uninitialized":
                props.Add("guest-reset", true).Add("guest-resets-all", false);
                break;
            case "on":
                props.Add("guest-reset", true).Add("guest-resets-all", true);
                break;
        }

        DeviceAddressProps.Add(props, h, ctx.Domain);
        return props;
    }

    /// <summary>
    /// A vhost-scsi target (qemuBuildSCSIVHostHostdevDevProps): the kernel's vhost-scsi endpoint named by
    /// its WWPN, passed to QEMU as an open vhost fd.
    /// </summary>
    private static JsonProps VhostScsiProps(EmitContext ctx, Hostdev h, int? bootIndex)
    {
        var model = h.Attributes.FirstOrDefault(a => a.Key == "model")?.Value;
        var driver = model switch
        {
            "virtio-transitional" => "vhost-scsi-pci-transitional",
            "virtio-non-transitional" => "vhost-scsi-pci-non-transitional",
            _ => "vhost-scsi-pci",
        };
        var wwpn = h.SourceNode?.Attr("wwpn") ?? string.Empty;
        var props = new JsonProps()
            .Add("driver", driver)
            .Add("wwpn", wwpn)
            .Add("vhostfd", ctx.Host.OpenVhostScsi(wwpn).ToString(CultureInfo.InvariantCulture))
            .Add("id", h.Info.Alias ?? "hostdev0");
        props.AddIfNotNull("bootindex", bootIndex);
        DeviceAddressProps.Add(props, h, ctx.Domain);
        return props;
    }
}
