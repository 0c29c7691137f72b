using Qconv.Compiler.Caps;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Shared memory defaults and checks done at define time (qemuDomainShmemDefPostParse,
/// qemuValidateDomainDeviceDefShmem): a 4 MiB region unless the device is a doorbell, which takes
/// its size from the server and always uses MSI with ioeventfd on by default. The plain model
/// cannot talk to a server, the doorbell needs one, and MSI only makes sense with a server.
/// </summary>
public sealed class ShmemDefaultsPass : IDomainPass
{
    private const ulong DefaultSizeBytes = 4UL << 20;

    public string Name => "shmem-defaults";

    public Domain Run(Domain domain, CompilationContext ctx) =>
        domain.WithDevices(domain.Devices.Select(d => d is Shmem s ? Apply(s, ctx) : d));

    private static Shmem Apply(Shmem s, CompilationContext ctx)
    {
        var model = s.EffectiveModel;
        var name = ShmemModels.Name(model);
        if (model != ShmemModel.IvshmemDoorbell && s.SizeBytes is null)
        {
            s = s with { SizeBytes = DefaultSizeBytes };
        }

        if (!s.Server)
        {
            if (s.Msi)
            {
                ctx.Error("QC0520", s.Info, $"shmem model '{name}' doesn't support msi");
            }

            if (model == ShmemModel.IvshmemDoorbell)
            {
                ctx.Error("QC0521", s.Info, $"shmem model '{name}' is supported only with server option enabled");
            }
        }
        else if (model != ShmemModel.Ivshmem)
        {
            if (model == ShmemModel.IvshmemPlain)
            {
                ctx.Error("QC0522", s.Info, $"shmem model '{name}' is supported only with server option disabled");
            }
            else if (s.SizeBytes is not null)
            {
                ctx.Error("QC0523", s.Info, $"shmem model '{name}' does not support size setting");
            }

            s = s with { Msi = true, MsiIoeventfd = s.MsiIoeventfd ?? true };
        }

        if (model != ShmemModel.Ivshmem && !ctx.Caps.Has(new QemuCap(name)))
        {
            ctx.Error("QC0524", s.Info, $"shmem model '{name}' is not supported by this QEMU binary");
        }

        return s;
    }
}
