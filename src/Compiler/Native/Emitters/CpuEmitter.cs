using System.Globalization;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// <c>-cpu MODEL[,feature=on|off...]</c> (qemuBuildCpuCommandLine): the model and its features,
/// then the paravirtual extras libvirt folds into -cpu in this order: kvmclock / Hyper-V clock
/// timers, APIC EOI, PV spinlocks, Hyper-V enlightenments, Hyper-V crash MSRs for a hyperv
/// panic device, KVM features, PMU, CPU cache and physical address bits.
/// </summary>
public sealed class CpuEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var d = ctx.Domain;
        var cpu = d.Cpu;
        string? model = cpu?.Mode switch
        {
            "host-passthrough" or "host-model" => "host",
            "maximum" => "max",
            _ => cpu?.Model,
        };
        if (model is null)
        {
            return;
        }

        var kv = new KeyValueWriter(model);
        if (cpu!.Mode is "host-passthrough" or "maximum" && cpu.Migratable is { } mig && ctx.Caps.Has(new Caps.QemuCap("cpu.migratable")))
        {
            kv.Add("migratable", mig);
        }

        if (cpu.VendorId is { } vendor)
        {
            kv.Add("vendor", vendor);
        }

        foreach (var f in cpu.Features)
        {
            switch (f.Policy)
            {
                case "require" or "force":
                    kv.Add(CpuFeatureNames.ToQemu(f.Name), "on");
                    break;
                case "disable" or "forbid":
                    kv.Add(CpuFeatureNames.ToQemu(f.Name), "off");
                    break;
            }
        }

        foreach (var t in d.Clock.Timers)
        {
            if (t.Name == "kvmclock" && t.Present is { } present)
            {
                kv.AddOnOff("kvmclock", present);
            }
            else if (t.Name == "hypervclock" && t.Present == true)
            {
                kv.Add("hv-time", "on");
            }
        }

        if (d.Features.Get("apic")?.Attr("eoi") is { } eoi)
        {
            kv.Add("kvm-pv-eoi", eoi);
        }

        if (d.Features.State("pvspinlock") is { } pvs)
        {
            kv.AddOnOff("kvm-pv-unhalt", pvs);
        }

        HypervCpuProps.Add(kv, d.Features.Get("hyperv"));
        if (d.DevicesOf<Panic>().Any(p => p.Model == "hyperv"))
        {
            kv.Raw("hv-crash");
        }

        AddKvmFeatures(kv, d.Features.Get("kvm"));
        if (d.Features.State("pmu") is { } pmu)
        {
            kv.AddOnOff("pmu", pmu);
        }

        AddCacheAndPhysBits(kv, cpu);

        ctx.Add("-cpu", kv);
    }

    /// <summary>
    /// &lt;cache mode=...&gt; (host cache info passthrough, emulated L3 cache or none) and
    /// &lt;maxphysaddr mode=...&gt; (host physical address bits or a fixed number).
    /// </summary>
    private static void AddCacheAndPhysBits(KeyValueWriter kv, CpuSettings cpu)
    {
        switch (cpu.Cache?.Attr("mode"))
        {
            case "passthrough":
                kv.Add("host-cache-info", "on").Add("l3-cache", "off");
                break;
            case "emulate" when cpu.Cache.Attr("level") == "3":
                kv.Add("l3-cache", "on");
                break;
            case "disable":
                kv.Add("l3-cache", "off");
                break;
        }

        switch (cpu.MaxPhysAddr?.Attr("mode"))
        {
            case "passthrough":
                kv.Add("host-phys-bits", "on");
                break;
            case "emulate" when cpu.MaxPhysAddr.Attr("bits") is { } bits:
                kv.Add("phys-bits", bits);
                break;
        }
    }

    /// <summary>&lt;kvm&gt; features: hidden → kvm=off, hint-dedicated, poll-control, pv-ipi.</summary>
    private static void AddKvmFeatures(KeyValueWriter kv, GenericNode? kvm)
    {
        if (kvm is null)
        {
            return;
        }

        foreach (var f in kvm.Children)
        {
            var on = f.Attr("state") == "on";
            switch (f.Name)
            {
                case "hidden" when on:
                    kv.Add("kvm", "off");
                    break;
                case "hint-dedicated" when on:
                    kv.Add("kvm-hint-dedicated", "on");
                    break;
                case "poll-control" when on:
                    kv.Add("kvm-poll-control", "on");
                    break;
                case "pv-ipi" when !on:
                    kv.Add("kvm-pv-ipi", "off");
                    break;
            }
        }
    }
}

/// <summary>
/// Hyper-V enlightenments as <c>hv-*</c> CPU properties, in libvirt's enum order (virDomainHyperv):
/// each enabled feature becomes <c>hv-NAME=on</c>; spinlocks carry their retry count in hex, the
/// vendor id its value; mode='passthrough' passes the host's set through.
/// </summary>
public static class HypervCpuProps
{
    private static readonly string[] Order =
    [
        "relaxed", "vapic", "spinlocks", "vpindex", "runtime", "synic", "stimer", "reset", "vendor_id",
        "frequencies", "reenlightenment", "tlbflush", "ipi", "evmcs", "avic", "emsr_bitmap", "xmm_input",
    ];

    /// <summary>The enlightenments (libvirt's names) written as <c>hv-NAME</c>, in order.</summary>
    public static IReadOnlyList<string> Names => Order;

    public static void Add(KeyValueWriter kv, GenericNode? hyperv)
    {
        if (hyperv is null)
        {
            return;
        }

        if (hyperv.Attr("mode") == "passthrough")
        {
            kv.Add("hv-passthrough", "on");
            return;
        }

        foreach (var name in Order)
        {
            if (hyperv.Child(name) is not { } f || f.Attr("state") != "on")
            {
                continue;
            }

            var qemuName = "hv-" + name.Replace('_', '-');
            switch (name)
            {
                case "spinlocks":
                    var retries = uint.Parse(f.Attr("retries") ?? "0", CultureInfo.InvariantCulture);
                    kv.Add(qemuName, "0x" + retries.ToString("x", CultureInfo.InvariantCulture));
                    break;
                case "vendor_id":
                    kv.Add(qemuName, f.Attr("value") ?? string.Empty);
                    break;
                default:
                    kv.Add(qemuName, "on");
                    break;
            }

            AddSubFeatures(kv, name, f);
        }
    }

    /// <summary>stimer direct mode and the tlbflush direct/extended variants.</summary>
    private static void AddSubFeatures(KeyValueWriter kv, string name, GenericNode f)
    {
        if (name == "stimer" && f.Child("direct")?.Attr("state") == "on")
        {
            kv.Add("hv-stimer-direct", "on");
        }

        if (name == "tlbflush")
        {
            if (f.Child("direct")?.Attr("state") == "on")
            {
                kv.Add("hv-tlbflush-direct", "on");
            }

            if (f.Child("extended")?.Attr("state") == "on")
            {
                kv.Add("hv-tlbflush-ext", "on");
            }
        }
    }
}
