using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// RNG devices (qemuBuildRNGCommandLine): the backend object <c>objrngN</c> (rng-random with its
/// file, rng-builtin, or rng-egd on the chardev <c>charALIAS</c> emitted just before it) and the
/// virtio-rng device with its rate limit.
/// </summary>
public sealed class RngEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        foreach (var rng in ctx.Domain.DevicesOf<Rng>())
        {
            var alias = rng.Info.Alias ?? "rng0";
            var obj = "obj" + alias;
            var backend = new JsonProps();
            switch (rng.BackendModel)
            {
                case "random":
                    backend.Add("qom-type", "rng-random").Add("id", obj).Add("filename", rng.RandomPath ?? "/dev/random");
                    break;
                case "builtin":
                    backend.Add("qom-type", "rng-builtin").Add("id", obj);
                    break;
                case "egd" when rng.EgdSource is { } src:
                    // The EGD daemon's socket (or file...) is a chardev of its own, charALIAS, before the object.
                    var chardev = "char" + alias;
                    ChardevBackend.Emit(ctx, src, chardev, rng);
                    backend.Add("qom-type", "rng-egd").Add("id", obj).Add("chardev", chardev);
                    break;
                default:
                    ctx.Error("QC0240", rng.Info, "RNG EGD backend without a character device source");
                    return;
            }

            ctx.Add("-object", backend);
            var props = new JsonProps().Add("driver", "virtio-rng-pci" + VirtioModels.DriverSuffix(rng.Model));
            VirtioOptionsProps.Add(props, rng.Virtio);
            props.Add("rng", obj).Add("id", alias);
            if (rng.RateBytes is { } bytes)
            {
                props.Add("max-bytes", bytes);
                props.Add("period", rng.RatePeriod ?? 1000);
            }

            DeviceAddressProps.Add(props, rng, ctx.Domain);
            ctx.Add("-device", props);
        }
    }
}
