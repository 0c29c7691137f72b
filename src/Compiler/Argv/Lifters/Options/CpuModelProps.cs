using System.Globalization;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-cpu</c> properties libvirt derives from &lt;cpu&gt; itself rather than from its features
/// (the inverse of to-native's CpuEmitter): <c>migratable</c> (the mode's attribute, read by
/// <see cref="CpuMode"/>), <c>vendor</c> (&lt;model vendor_id&gt;), <c>phys-bits=N</c> and
/// <c>host-phys-bits=on</c> (&lt;maxphysaddr mode='emulate' bits&gt; / mode='passthrough'), and the
/// cache pair: <c>host-cache-info=on,l3-cache=off</c> is &lt;cache mode='passthrough'&gt;, a lone
/// <c>l3-cache=on</c> &lt;cache level='3' mode='emulate'&gt;, a lone <c>l3-cache=off</c>
/// &lt;cache mode='disable'&gt;. Other values of these QEMU properties have no domain XML form and are
/// kept as passthrough. One instance per <c>-cpu</c> option: the cache pair is decided at the end.
/// </summary>
public sealed class CpuModelProps(LiftContext ctx, ArgvOption option, string model)
{
    private CpuProperty? _hostCacheInfo;
    private CpuProperty? _l3Cache;

    /// <summary>Lifts (or keeps) <paramref name="p"/> when it is one of these properties.</summary>
    public bool TryLift(CpuProperty p)
    {
        var cpu = ctx.Domain.Cpu ?? new CpuSettings();
        switch (p.Name)
        {
            case "migratable" when p.On is not null:
                if (cpu.Mode is not ("host-passthrough" or "maximum"))
                {
                    Keep(p, "libvirt writes migratable only for host-passthrough and maximum CPUs");
                }

                return true;
            case "vendor":
                Set(cpu with { VendorId = p.Value });
                return true;
            case "phys-bits" when uint.TryParse(p.Value, NumberStyles.None, CultureInfo.InvariantCulture, out _):
                SetPhysBits(cpu, p, NodeBuilder.Element("maxphysaddr", ("mode", "emulate"), ("bits", p.Value)));
                return true;
            case "host-phys-bits" when p.On == true:
                SetPhysBits(cpu, p, NodeBuilder.Element("maxphysaddr", ("mode", "passthrough")));
                return true;
            case "host-phys-bits":
                Keep(p, "libvirt only writes host-phys-bits=on");
                return true;
            case "host-cache-info" when p.On is not null:
                _hostCacheInfo = p;
                return true;
            case "l3-cache" when p.On is not null:
                _l3Cache = p;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Sets &lt;cache&gt; from the pair seen, or keeps a combination libvirt does not write.</summary>
    public void Finish()
    {
        var mode = (_hostCacheInfo?.On, _l3Cache?.On) switch
        {
            (true, false) => NodeBuilder.Element("cache", ("mode", "passthrough")),
            (null, true) => NodeBuilder.Element("cache", ("level", "3"), ("mode", "emulate")),
            (null, false) => NodeBuilder.Element("cache", ("mode", "disable")),
            _ => null,
        };
        if (mode is not null)
        {
            Set((ctx.Domain.Cpu ?? new CpuSettings()) with { Cache = mode });
            return;
        }

        foreach (var p in new[] { _hostCacheInfo, _l3Cache }.OfType<CpuProperty>())
        {
            Keep(p, "libvirt writes host-cache-info=on only with l3-cache=off");
        }
    }

    private void SetPhysBits(CpuSettings cpu, CpuProperty p, GenericNode node)
    {
        if (cpu.MaxPhysAddr is not null)
        {
            Keep(p, "libvirt writes either phys-bits or host-phys-bits");
            return;
        }

        Set(cpu with { MaxPhysAddr = node });
    }

    private void Set(CpuSettings cpu) => ctx.Domain = ctx.Domain with { Cpu = cpu };

    private void Keep(CpuProperty p, string reason) => CpuPropertyPassthrough.Keep(ctx, option, model, p, reason);
}
