using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters;

/// <summary>
/// The argv → IR half of from-native: runs the option lifters over a parsed command line phase by
/// phase (see <see cref="LiftPhase"/>), keeps what no lifter understands in
/// &lt;qemu:commandline&gt; with a warning, and reports backends nothing used.
/// </summary>
public static class ArgvLifter
{
    /// <summary>Environment variables a command line may carry that describe the host, not the guest.</summary>
    private static readonly HashSet<string> HostEnvironment =
    [
        "LC_ALL", "LANG", "PATH", "HOME", "USER", "LOGNAME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME",
        "XDG_RUNTIME_DIR", "QEMU_AUDIO_DRV", "SDL_AUDIODRIVER", "DISPLAY", "XAUTHORITY", "CEPH_ARGS", "TMPDIR", "SASL_CONF_PATH",
    ];

    private static readonly LiftPhase[] Phases = Enum.GetValues<LiftPhase>();

    private static readonly ILiftFinisher[] Finishers = [.. LifterRegistry.All.OfType<ILiftFinisher>()];

    public static Domain Lift(ArgvCommandLine commandLine, DiagnosticBag diagnostics, LiftOptions? options = null)
    {
        var ctx = new LiftContext(commandLine, diagnostics, options);
        var unknown = new List<ArgvOption>();

        // Each option's lifter is looked up once; the phases then walk that list.
        var lifters = new IOptionLifter?[commandLine.Options.Length];
        for (var i = 0; i < lifters.Length; i++)
        {
            if (!LifterRegistry.ByOption.TryGetValue(commandLine.Options[i].Name, out lifters[i]))
            {
                unknown.Add(commandLine.Options[i]);
            }
        }

        foreach (var phase in Phases)
        {
            for (var i = 0; i < lifters.Length; i++)
            {
                if (lifters[i] is { } lifter && lifter.Phase == phase)
                {
                    lifter.Lift(commandLine.Options[i], ctx);
                }
            }
        }

        foreach (var finisher in Finishers)
        {
            finisher.Finish(ctx);
        }

        foreach (var backend in ctx.Backends.Where(b => !b.Used))
        {
            ctx.KeepAsPassthrough(backend.Option, $"{backend.Kind} '{backend.Id}' is not used by any device");
        }

        foreach (var option in unknown)
        {
            var why = option.Kind switch
            {
                ArgvOptionKind.Positional => "a disk image without an option",
                ArgvOptionKind.Unknown => "unknown option",
                _ => "no domain XML equivalent",
            };
            ctx.KeepAsPassthrough(option, why);
        }

        return Finish(ctx);
    }

    private static Domain Finish(LiftContext ctx)
    {
        var env = ctx.CommandLine.Env
            .Where(e => !HostEnvironment.Contains(e.Name))
            .Select(e => new EnvVar(e.Name, e.Value.Text))
            .ToEquatableArray();
        foreach (var e in ctx.CommandLine.Env.Where(e => !HostEnvironment.Contains(e.Name)))
        {
            ctx.Warning(LiftCodes.KeptAsPassthrough, e.Span, $"environment variable {e.Name} kept in <qemu:commandline>");
        }

        var args = ctx.PassthroughArgs().ToEquatableArray();
        // Devices in command line order (lifters run by phase, so a -drive comes before the -device lines
        // around it); those a finisher added without a place on the line go last.
        var devices = ctx.Devices.OrderBy(d => d.Info.Span is { } s ? ((long)s.Line << 32) + s.Column : long.MaxValue);
        var domain = ctx.Domain.WithDevices(devices);
        return args.IsEmpty && env.IsEmpty ? domain : domain with { QemuCommandline = new QemuPassthrough(args, env) };
    }
}
