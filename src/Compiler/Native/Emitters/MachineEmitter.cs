using System.Globalization;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// <c>-machine TYPE,usb=off,...</c>, <c>-accel</c> and the SMM TSEG size global
/// (qemuBuildMachineCommandLine, qemuBuildAccelCommandLine). Machine properties follow libvirt's
/// order: usb, vmport, smm, kernel_irqchip, dump-guest-core, mem-merge, nvdimm, hmat,
/// memory-backend, pflash0/1, hpet, confidential-guest-support.
/// </summary>
public sealed class MachineEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var d = ctx.Domain;
        var kv = new KeyValueWriter(d.Os.Machine ?? "pc");

        // libvirt manages USB controllers itself, so QEMU's implicit one is disabled.
        kv.Add("usb", "off");
        if (d.Features.State("vmport") is { } vmport)
        {
            kv.AddOnOff("vmport", vmport);
        }

        if (d.Features.State("smm") is { } smm)
        {
            kv.AddOnOff("smm", smm);
        }

        switch (d.Features.Get("ioapic")?.Attr("driver"))
        {
            case "qemu":
                kv.Add("kernel_irqchip", "split");
                break;
            case "kvm":
                kv.Add("kernel_irqchip", "on");
                break;
        }

        kv.Add("dump-guest-core", DumpGuestCore(ctx));
        if (d.Memory.Backing?.NoSharePages == true)
        {
            kv.Add("mem-merge", "off");
        }

        if (d.Devices.OfType<INvdimmDevice>().Any(m => m.IsNvdimm))
        {
            kv.Add("nvdimm", "on");
        }

        if (d.Cpu?.NumaInterconnects is not null)
        {
            kv.Add("hmat", "on");
        }

        if (UsesMachineMemoryBackend(ctx))
        {
            kv.Add("memory-backend", MemoryEmitter.MachineRamId(ctx));
        }

        foreach (var (key, node) in FirmwareEmitter.PflashMachineProps(ctx))
        {
            kv.Add(key, node);
        }

        if (d.Clock.Timers.FirstOrDefault(t => t.Name == "hpet") is { Present: { } hpet } && ctx.Caps.Has(new Caps.QemuCap("machine-hpet")))
        {
            kv.AddOnOff("hpet", hpet);
        }

        if (d.Extras.Any(e => e.Name == "launchSecurity"))
        {
            kv.Add("confidential-guest-support", "lsec0");
        }

        ctx.Add("-machine", kv);
        ctx.Add("-accel", Accel(d));
        if (d.Features.Get("smm")?.Child("tseg") is { } tseg && TsegMiB(tseg) is { } mib)
        {
            ctx.Add("-global", $"mch.extended-tseg-mbytes={mib.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>The SMM TSEG size in MiB (the element's unit defaults to MiB); null when not whole MiB.</summary>
    public static ulong? TsegMiB(GenericNode tseg)
    {
        var scale = DomainXml.XmlReadContext.UnitScale(tseg.Attr("unit") ?? "MiB");
        if (scale is null || !ulong.TryParse(tseg.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var bytes = value * scale.Value;
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) : null;
    }

    /// <summary>The accelerator: kvm, hvf or TCG (with its translation block cache size in MiB).</summary>
    private static KeyValueWriter Accel(Domain d)
    {
        var kv = new KeyValueWriter(d.VirtType is "kvm" or "hvf" ? d.VirtType : "tcg");
        if (d.VirtType is not ("kvm" or "hvf") && d.Features.Get("tcg")?.Child("tb-cache") is { } tb)
        {
            var unit = DomainXml.XmlReadContext.UnitScale(tb.Attr("unit") ?? "KiB") ?? 1024;
            if (ulong.TryParse(tb.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            {
                kv.Add("tb-size", size * unit / (1024 * 1024));
            }
        }

        return kv;
    }

    private static string DumpGuestCore(EmitContext ctx) =>
        ctx.Domain.Memory.DumpCoreSetting ?? (ctx.Config.DumpGuestCore ? "on" : "off");

    /// <summary>The guest RAM is an explicit backend object unless guest NUMA cells carry it.</summary>
    public static bool UsesMachineMemoryBackend(EmitContext ctx) =>
        ctx.Domain.Cpu?.NumaCells.IsEmpty != false &&
        ctx.Caps.ResolveMachine(ctx.Domain.Os.Machine, MachinePass.CapsVirtType(ctx.Domain))?.DefaultRamId is not null;
}
