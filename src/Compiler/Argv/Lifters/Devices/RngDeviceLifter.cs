using System.Collections.Frozen;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// <c>virtio-rng-pci[-transitional|-non-transitional]</c> with the <c>-object</c> its <c>rng=</c> names, the
/// mirror of to-native's RngEmitter: <c>rng-random</c> (filename) → &lt;backend model='random'&gt;PATH,
/// <c>rng-builtin</c> → model='builtin', <c>rng-egd</c> (chardev) → model='egd' over that character
/// device; <c>max-bytes</c>/<c>period</c> → &lt;rate&gt;; the virtio options → &lt;driver&gt;.
/// </summary>
public sealed class RngDeviceLifter : IDeviceLifter
{
    private static readonly FrozenSet<string> Known = DeviceProps.Understood(["rng", "max-bytes", "period"]);

    public IReadOnlyList<string> Drivers { get; } = ["virtio-rng-pci", "virtio-rng-pci-transitional", "virtio-rng-pci-non-transitional"];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        if (DeviceProps.Reference(option, p, ctx, "rng", "object") is not { } obj || Backend(obj, ctx) is not { } rng)
        {
            return;
        }

        var driver = p.GetString("driver")!;
        ctx.AddDevice(rng with
        {
            Model = DiskDeviceLifter.VirtioModel(driver) ?? "virtio",
            RateBytes = p.GetInt64("max-bytes") is { } bytes and >= 0 ? (ulong)bytes : null,
            RatePeriod = p.GetInt64("period") is { } period and >= 0 ? (ulong)period : null,
            Virtio = VirtioProps.Read(p),
            Info = DeviceProps.Info(option, p, ctx),
        });
        ctx.IgnoreProperties(option, p, Known);
    }

    private static Rng? Backend(Backend obj, LiftContext ctx)
    {
        var o = obj.Properties;
        switch (o.GetString("qom-type"))
        {
            case "rng-random":
                ctx.IgnoreProperties(obj.Option, o, "qom-type", "id", "filename");
                return new Rng { Model = "virtio", BackendModel = "random", RandomPath = o.GetString("filename") };
            case "rng-builtin":
                ctx.IgnoreProperties(obj.Option, o, "qom-type", "id");
                return new Rng { Model = "virtio", BackendModel = "builtin" };
            case "rng-egd" when o.GetString("chardev") is { } chardev && o.GetEntry("chardev") is { } entry:
                ctx.IgnoreProperties(obj.Option, o, "qom-type", "id", "chardev");
                return ctx.Resolve("chardev", chardev, entry.Value.Span) is { Payload: ChardevSource src }
                    ? new Rng { Model = "virtio", BackendModel = "egd", EgdSource = src }
                    : null;
            default:
                ctx.Error(LiftCodes.MalformedValue, obj.Option.Span, $"object '{obj.Id}' is not an RNG backend (rng-random, rng-builtin or rng-egd with chardev=)");
                return null;
        }
    }
}
