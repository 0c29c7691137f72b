using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-vga std|cirrus|vmware|qxl|virtio|none</c>: the primary display adapter. A guest with graphics
/// and no adapter at all gets QEMU's default one (<see cref="LiftOptions.DefaultVideoModel"/>), or
/// none when defaults are off.
/// </summary>
public sealed class VgaLifter() : OptionLifter(LiftPhase.Settings, "vga"), ILiftFinisher
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Value is not { } value)
        {
            return;
        }

        var state = ctx.State<VgaState>();
        state.Given = true;
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
        else
        {
            (state.None, state.At) = (true, option.Span);
        }
    }

    /// <summary>
    /// Graphics without any display adapter on the line: QEMU's default one, unless <c>-nodefaults</c>
    /// or <c>-vga none</c> turned it off. Then the guest has none, which domain XML must say as
    /// &lt;video&gt;&lt;model type='none'/&gt; (libvirt adds a default adapter to graphics otherwise,
    /// virDomainDefAddImplicitVideo; libvirt itself always passes -nodefaults).
    /// </summary>
    public void Finish(LiftContext ctx)
    {
        if (!ctx.Devices.Any(d => d.ElementName == "graphics") || ctx.Devices.Any(d => d.ElementName == "video"))
        {
            return;
        }

        var state = ctx.State<VgaState>();
        if (state.None || ctx.CommandLine.OptionsNamed("nodefaults").Any())
        {
            Add(ctx, "none", state.At);
        }
        else if (!state.Given)
        {
            Add(ctx, ctx.Options.DefaultVideoModel, null);
        }
    }

    private static void Add(LiftContext ctx, string model, Diagnostics.SourceSpan? span) =>
        ctx.AddDevice(new Video { Type = model, Info = new DeviceInfo { Span = span } });

    private sealed class VgaState
    {
        public bool Given { get; set; }

        /// <summary>-vga none, and where.</summary>
        public bool None { get; set; }

        public Diagnostics.SourceSpan? At { get; set; }
    }
}
