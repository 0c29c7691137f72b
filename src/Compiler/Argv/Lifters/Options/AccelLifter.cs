using System.Globalization;
using Qconv.Compiler.Argv.Values;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// The accelerator: <c>-accel kvm|tcg[,...]</c>, the older <c>-enable-kvm</c> / <c>-no-kvm</c>, and
/// <c>-no-kqemu</c> (QEMU 0.x: do not use the kqemu accelerator, i.e. plain emulation). A KVM
/// accelerator makes a <c>&lt;domain type='kvm'&gt;</c>, anything else <c>type='qemu'</c>; TCG's
/// <c>tb-size</c> is &lt;features&gt;&lt;tcg&gt;&lt;tb-cache&gt; (qemuBuildAccelCommandLine).
/// </summary>
public sealed class AccelLifter() : OptionLifter(LiftPhase.Settings, "accel", "enable-kvm", "no-kvm", "no-kqemu")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        switch (option.Name)
        {
            case "enable-kvm":
                ctx.Domain = ctx.Domain with { VirtType = "kvm" };
                break;
            case "no-kvm":
                ctx.Domain = ctx.Domain with { VirtType = "qemu" };
                break;
            case "accel" when option.Properties is { } p && p.Get("accel") is { } accel:
                SetAccelerator(ctx, p.GetString("accel") ?? string.Empty, accel);
                if (p.GetString("accel") == "tcg" && p.GetInt64("tb-size") is { } mib)
                {
                    // tb-size is the translation block cache in MiB (<features><tcg><tb-cache>).
                    var size = NodeBuilder.Element("tb-cache", ("unit", "MiB")) with { Text = mib.ToString(CultureInfo.InvariantCulture) };
                    Features.AddChild(ctx, "tcg", size);
                }

                ctx.IgnoreProperties(option, p, p.GetString("accel") == "tcg" ? ["accel", "tb-size"] : ["accel"]);
                break;
        }
    }

    public static void SetAccelerator(LiftContext ctx, string accel, PropertyValue at)
    {
        switch (accel)
        {
            case "kvm":
                ctx.Domain = ctx.Domain with { VirtType = "kvm" };
                break;
            case "tcg":
                ctx.Domain = ctx.Domain with { VirtType = "qemu" };
                break;
            case "hvf" or "xen" or "whpx" or "nvmm" or "hax":
                ctx.Domain = ctx.Domain with { VirtType = accel };
                break;
            default:
                ctx.Malformed(at, $"unknown accelerator '{accel}' (kvm, tcg, hvf, xen, whpx, nvmm)");
                break;
        }
    }
}
