using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters.Storage;

/// <summary>
/// I/O threads (qemuBuildIOThreadCommandLine): one <c>iothread</c> object per thread
/// (see <see cref="Passes.IoThreadIds"/>), and the main loop's pool from &lt;defaultiothread&gt;.
/// </summary>
public sealed class IoThreadEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        foreach (var t in Passes.IoThreadIds.Effective(ctx.Domain.Vcpu))
        {
            var props = new JsonProps().Add("qom-type", "iothread").Add("id", $"iothread{t.Id}");
            props.AddIfNotNull("thread-pool-min", t.PoolMin);
            props.AddIfNotNull("thread-pool-max", t.PoolMax);
            ctx.Add("-object", props);
        }

        if (ctx.Domain.Extras.FirstOrDefault(e => e.Name == "defaultiothread") is { } main)
        {
            var props = new JsonProps().Add("qom-type", "main-loop").Add("id", "main-loop");
            AddInt(props, "thread-pool-min", main.Attr("thread_pool_min"));
            AddInt(props, "thread-pool-max", main.Attr("thread_pool_max"));
            if (props.Count > 2)
            {
                ctx.Add("-object", props);
            }
        }
    }

    private static void AddInt(JsonProps props, string key, string? value)
    {
        if (long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            props.Add(key, n);
        }
    }
}
