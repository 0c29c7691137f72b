using System.Globalization;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Interface defaults (virDomainNetDefPostParse, qemuDomainDeviceNetDefPostParse): the default NIC model (virtio for
/// vDPA, otherwise the first of rtl8139/e1000/virtio QEMU has, i.e. rtl8139 on x86), and the
/// model checks libvirt's validation makes for vhost-user and vDPA.
/// </summary>
public sealed class NetDefaultsPass : IDomainPass
{
    public string Name => "net-defaults";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var devices = domain.Devices.ToList();
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i] is not Interface net)
            {
                continue;
            }

            if (net.Model is null && net.Type != "hostdev")
            {
                net = net with { Model = net.Type == "vdpa" ? "virtio" : "rtl8139" };
            }

            Validate(net, ctx);
            devices[i] = net;
        }

        return domain.WithDevices(devices);
    }

    public static bool IsVirtio(Interface net) => net.Model is "virtio" or "virtio-transitional" or "virtio-non-transitional";

    private static void Validate(Interface net, CompilationContext ctx)
    {
        if (net.Type is "vhostuser" or "vdpa" && !IsVirtio(net))
        {
            ctx.Error("QC0410", net.Info, $"Wrong or no <model> 'type' attribute specified with <interface type='{net.Type}'/>. {net.Type} requires the virtio-net* frontend");
        }

        // virDomainNetDefParseXML reads queues as an unsigned number; more than one needs virtio.
        if (net.Driver?.Queues is { } qs)
        {
            if (!uint.TryParse(qs, NumberStyles.None, CultureInfo.InvariantCulture, out var queues))
            {
                ctx.Error("QC0414", net.Info, $"'queues' attribute must be positive number: {qs}");
            }
            else if (queues > 1 && !IsVirtio(net))
            {
                ctx.Error("QC0411", net.Info, "multiqueue network is not supported for this interface model");
            }
        }

        if (net.Script is not null && net.Type is not ("ethernet" or "bridge" or "network"))
        {
            ctx.Error("QC0412", net.Info, $"scripts are not supported on interfaces of type {net.Type}");
        }

        // Ring sizes are unsigned numbers too, and virtio wants powers of two (qemuValidateDomainDeviceDefNetwork).

        foreach (var (name, value) in new[] { ("rx_queue_size", net.Driver?.RxQueueSize), ("tx_queue_size", net.Driver?.TxQueueSize) })
        {
            if (value is null)
            {
                continue;
            }

            if (!uint.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            {
                ctx.Error("QC0414", net.Info, $"'{name}' attribute must be positive number: {value}");
            }
            else if ((size & (size - 1)) != 0)
            {
                ctx.Error("QC0415", net.Info, $"{name} has to be a power of two");
            }
        }
    }
}
