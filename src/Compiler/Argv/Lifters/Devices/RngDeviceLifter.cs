using System.Collections.Frozen;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// The virtio RNG (the mirror of to-native's RngEmitter): <c>virtio-rng-pci[-transitional|-non-transitional]</c>
/// with the backend object its <c>rng=</c> names (<c>rng-random</c> and its file, or <c>rng-builtin</c>),
/// its virtio options and the <c>max-bytes</c>/<c>period</c> rate limit → &lt;rng&gt;&lt;backend&gt;&lt;rate&gt;.
/// A backend of another kind (rng-egd on a chardev) keeps the device as passthrough.
/// </summary>
public sealed class RngDeviceLifter : IDeviceLifter
{
    private static readonly FrozenSet<string> Known = DeviceProps.Understood(["rng", "max-bytes", "period"]);

    public IReadOnlyList<string> Drivers { get; } = ["virtio-rng-pci", "virtio-rng-pci-transitional", "virtio-rng-pci-non-transitional"];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        var driver = p.GetString("driver")!;
        var type = p.GetString("rng") is { } id ? ctx.Find("object", id)?.Properties.GetString("qom-type") : null;
        if (type is not ("rng-random" or "rng-builtin"))
        {
            ctx.KeepAsPassthrough(option, $"{driver} without an rng-random or rng-builtin backend");
            return;
        }

        var backend = ctx.Resolve("object", p.GetString("rng")!, p.Get("rng")!.Span)!; // found above
        ctx.AddDevice(new Rng
        {
            Model = "virtio" + driver["virtio-rng-pci".Length..],
            BackendModel = type == "rng-random" ? "random" : "builtin",
            RandomPath = backend.Properties.GetString("filename"),
            RateBytes = p.GetInt64("max-bytes") is { } bytes ? (ulong)bytes : null,
            RatePeriod = p.GetInt64("period") is { } period ? (ulong)period : null,
            Virtio = VirtioProps.Read(p),
            Info = DeviceProps.Info(option, p, ctx),
        });
        ctx.IgnoreProperties(backend.Option, backend.Properties, "qom-type", "id", "filename");
        ctx.IgnoreProperties(option, p, Known);
    }
}
