using System.Numerics;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// Shared memory devices (qemuBuildShmemCommandLine, QEMU docs/system/devices/ivshmem.rst):
/// ivshmem-plain maps a shared memory-backend-file at /dev/shm/NAME; ivshmem-doorbell gets its
/// memory from the ivshmem server, reached through a client socket chardev given after the device.
/// The legacy ivshmem device, a size QEMU cannot map and non-PCI addresses are refused here,
/// as libvirt does when it builds the command line.
/// </summary>
public sealed class ShmemEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        foreach (var s in ctx.Domain.DevicesOf<Shmem>())
        {
            if (!Check(s, ctx))
            {
                continue;
            }

            var alias = s.Info.Alias ?? "shmem0";
            var plain = s.EffectiveModel == ShmemModel.IvshmemPlain;
            if (plain)
            {
                ctx.Add("-object", new JsonProps()
                    .Add("qom-type", "memory-backend-file")
                    .Add("id", "shmmem-" + alias)
                    .Add("mem-path", "/dev/shm/" + s.Name)
                    .Add("size", s.SizeBytes ?? 0)
                    .Add("share", true));
            }

            var dev = new JsonProps()
                .Add("driver", ShmemModels.Name(s.EffectiveModel))
                .Add("id", alias);
            if (s.Server)
            {
                dev.Add("chardev", "char" + alias);
            }

            if (plain)
            {
                dev.Add("memdev", "shmmem-" + alias);
            }

            if (s.Role is { } role)
            {
                dev.Add("master", role == "master" ? "on" : "off");
            }

            if (s.MsiVectors is { } vectors)
            {
                dev.Add("vectors", vectors);
            }

            if (s.MsiIoeventfd is { } ioeventfd)
            {
                dev.Add("ioeventfd", ioeventfd);
            }

            DeviceAddressProps.Add(dev, s, ctx.Domain);
            ctx.Add("-device", dev);

            if (s.Server)
            {
                // The default socket is the one libvirt documents for a server without a path.
                var path = s.ServerPath ?? $"/var/lib/libvirt/shmem-{s.Name}-sock";
                ctx.Add("-chardev", new KeyValueWriter("socket").Add("id", "char" + alias).Add("path", path));
            }
        }
    }

    private static bool Check(Shmem s, EmitContext ctx)
    {
        if (s.Name.Contains('/', StringComparison.Ordinal))
        {
            ctx.Error("QC0525", s.Info, $"shmem name '{s.Name}' must not contain '/'");
            return false;
        }

        if (s.SizeBytes is { } size)
        {
            if (!BitOperations.IsPow2(size))
            {
                ctx.Error("QC0526", s.Info, "shmem size must be a power of two");
                return false;
            }

            if (size < 1UL << 20)
            {
                ctx.Error("QC0527", s.Info, "shmem size must be at least 1 MiB (1024 KiB)");
                return false;
            }
        }

        if (s.Info.Address is not PciAddress)
        {
            ctx.Error("QC0528", s.Info, "only 'pci' addresses are supported for the shared memory device");
            return false;
        }

        if (s.EffectiveModel == ShmemModel.Ivshmem)
        {
            ctx.Error("QC0529", s.Info, "'ivshmem' device is not supported with this QEMU binary");
            return false;
        }

        return true;
    }
}
