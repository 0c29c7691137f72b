using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-vga std|cirrus|vmware|qxl|virtio|none</c>: the primary display adapter. A guest with graphics
/// and no <c>-vga</c> gets QEMU's default adapter (<see cref="LiftOptions.DefaultVideoModel"/>).
/// </summary>
public sealed class VgaLifter() : OptionLifter(LiftPhase.Settings, "vga"), ILiftFinisher
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Value is not { } value)
        {
            return;
        }

        ctx.State<VgaState>().Given = true;
        var model = value.Text switch
        {
            "std" => "vga",
            "cirrus" => "cirrus",
            "vmware" => "vmvga",
            "qxl" => "qxl",
            "virtio" => "virtio",
            "xenfb" => "xen",
            "none" => null,
            _ => string.Empty,
        };
        if (model == string.Empty)
        {
            ctx.Error(LiftCodes.MalformedValue, value.Span, $"-vga: unknown adapter '{value.Text}' (std, cirrus, vmware, qxl, virtio, none)");
        }
        else if (model is not null)
        {
            Add(ctx, model, option.Span);
        }
    }

    public void Finish(LiftContext ctx)
    {
        if (!ctx.State<VgaState>().Given && ctx.Devices.Any(d => d.ElementName == "graphics") && !ctx.Devices.Any(d => d.ElementName == "video"))
        {
            Add(ctx, ctx.Options.DefaultVideoModel, null);
        }
    }

    private static void Add(LiftContext ctx, string model, Diagnostics.SourceSpan? span) =>
        ctx.AddDevice(new Video { Type = model, Info = new DeviceInfo { Span = span } });

    private sealed class VgaState
    {
        public bool Given { get; set; }
    }
}
