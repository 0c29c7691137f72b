using Qconv.Compiler.Argv.Lifters.Storage;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Firmware;

/// <summary>
/// The firmware flash of <c>-machine pflash0=NODE,pflash1=NODE</c> (qemuBuildPflashBlockdevCommandLine
/// in reverse): unit 0 is the firmware code, &lt;loader type='pflash'&gt; with its read-only state;
/// unit 1 the per-guest varstore, &lt;nvram&gt; (a path for a local file, a &lt;source&gt; for block or
/// network storage). A read-only loader without a varstore is a stateless one: libvirt would
/// otherwise give it NVRAM_DIR/NAME_VARS.fd. Firmware chosen by &lt;os firmware='efi'&gt; comes out as
/// the explicit loader and varstore it resolved to, which libvirt compiles the same way.
/// </summary>
public static class PflashFirmware
{
    public static void Lift(PropertyBag machine, LiftContext ctx)
    {
        if (Unit(machine, "pflash0", ctx) is not { Source: { } code } loader)
        {
            return;
        }

        var varstore = Unit(machine, "pflash1", ctx);
        var os = ctx.Domain.Os with
        {
            Loader = new Loader
            {
                Type = "pflash",
                Path = code.Path,
                ReadOnly = loader.ReadOnly,
                Format = NonRaw(loader),
                Stateless = loader.ReadOnly && varstore is null ? true : null,
            },
            Nvram = varstore is { Source: { } vars } ? new Nvram
            {
                Path = vars.Type == "file" ? vars.Path : null,
                Source = vars.Type == "file" ? null : vars,
                Format = NonRaw(varstore),
            }
            : null,
        };
        ctx.Domain = ctx.Domain with { Os = os };
    }

    /// <summary>-global driver=cfi.pflash01,property=secure,value=on: flash writes only from SMM (&lt;loader secure='yes'&gt;).</summary>
    public static bool LiftGlobal(string driver, string property, string value, LiftContext ctx)
    {
        if (driver != "cfi.pflash01" || property != "secure" || ctx.Domain.Os.Loader is not { Type: "pflash" } loader)
        {
            return false;
        }

        ctx.Domain = ctx.Domain with { Os = ctx.Domain.Os with { Loader = loader with { Secure = value is "on" or "true" or "yes" } } };
        return true;
    }

    private static DriveBackend? Unit(PropertyBag machine, string key, LiftContext ctx) =>
        machine.GetString(key) is { } node && ctx.Resolve("blockdev", node, machine.Get(key)!.Span) is { } top ? BlockdevChain.Resolve(top, ctx) : null;

    private static string? NonRaw(DriveBackend unit) => unit.Driver.Format is { } f && f != "raw" ? f : null;
}
