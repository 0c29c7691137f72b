using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-k LANG</c>: the keyboard layout of a VNC or SPICE display (&lt;graphics keymap='LANG'&gt;).
/// libvirt writes <c>-k</c> right after the <c>-vnc</c>/<c>-spice</c> of the graphics that has the keymap
/// (qemuBuildGraphicsVNCCommandLine, qemuBuildGraphicsSPICECommandLine), so it belongs to the last of
/// those before it; QEMU itself reads <c>-k</c> wherever it stands, so one before every display is the
/// first display's. When several land on one display the last wins, as in QEMU. Without a display it
/// has no domain XML form.
/// </summary>
public sealed class KeymapLifter() : OptionLifter(LiftPhase.Adjustments, "k"), ILiftFinisher
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Value is not null)
        {
            ctx.State<KeymapState>().Options.Add(option);
        }
    }

    public void Finish(LiftContext ctx)
    {
        var displays = ctx.Devices.OfType<Graphics>().Where(g => g.Type is "vnc" or "spice" && g.Info.Span is not null).ToList();
        var chosen = new Dictionary<Graphics, ArgvOption>(ReferenceEqualityComparer.Instance);
        foreach (var option in ctx.State<KeymapState>().Options)
        {
            var display = displays.LastOrDefault(g => Before(g.Info.Span!.Value, option.Span)) ?? displays.FirstOrDefault();
            if (display is null)
            {
                ctx.KeepAsPassthrough(option, "a keymap without a -vnc or -spice display");
                continue;
            }

            if (chosen.TryGetValue(display, out var earlier))
            {
                ctx.Warning(LiftCodes.IgnoredProperty, earlier.Span, $"-k {earlier.Value!.Text}: a later -k {option.Value!.Text} replaces it");
            }

            chosen[display] = option;
        }

        foreach (var (display, option) in chosen)
        {
            ctx.ReplaceDevice(display, display with { Keymap = option.Value!.Text });
        }
    }

    private static bool Before(SourceSpan a, SourceSpan b) => a.Line < b.Line || (a.Line == b.Line && a.Column < b.Column);

    private sealed class KeymapState
    {
        public List<ArgvOption> Options { get; } = [];
    }
}
