using System.Globalization;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// I/O thread objects (the mirror of to-native's IoThreadEmitter): <c>iothread</c> objects named
/// <c>iothreadN</c> become &lt;iothreadids&gt;&lt;iothread id=N&gt; in line order, with their
/// thread-pool-min/max as thread_pool_min/max; the <c>main-loop</c> object's pool is &lt;defaultiothread&gt;.
/// </summary>
public static class IoThreadObjects
{
    /// <summary>Lifts the object when it is one of these; false otherwise.</summary>
    public static bool TryLift(Backend backend, LiftContext ctx)
    {
        var p = backend.Properties;
        var (min, max) = (p.GetInt64("thread-pool-min"), p.GetInt64("thread-pool-max"));
        switch (p.GetString("qom-type"))
        {
            case "iothread" when backend.Id.StartsWith("iothread", StringComparison.Ordinal)
                                 && int.TryParse(backend.Id.AsSpan(8), NumberStyles.None, CultureInfo.InvariantCulture, out var n):
                backend.Used = true;
                var vcpu = ctx.Domain.Vcpu;
                var thread = new IoThreadId(n, (int?)min, (int?)max);
                ctx.Domain = ctx.Domain with { Vcpu = vcpu with { IoThreadIds = vcpu.IoThreadIds.Add(thread) } };
                ctx.IgnoreProperties(backend.Option, p, "qom-type", "id", "thread-pool-min", "thread-pool-max");
                return true;
            case "main-loop":
                backend.Used = true;
                var node = NodeBuilder.Element("defaultiothread", ("thread_pool_min", Text(min)), ("thread_pool_max", Text(max)));
                ctx.Domain = ctx.Domain with { Extras = ctx.Domain.Extras.Where(e => e.Name != "defaultiothread").Append(node).ToEquatableArray() };
                ctx.IgnoreProperties(backend.Option, p, "qom-type", "id", "thread-pool-min", "thread-pool-max");
                return true;
            default:
                return false;
        }
    }

    private static string? Text(long? n) => n?.ToString(CultureInfo.InvariantCulture);
}
