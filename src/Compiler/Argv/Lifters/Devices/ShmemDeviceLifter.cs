using System.Collections.Frozen;
using Qconv.Compiler.Argv.Lifters.Values;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// Shared memory devices (the mirror of to-native's ShmemEmitter; QEMU docs/system/devices/ivshmem.rst,
/// https://libvirt.org/formatdomain.html#shared-memory-device). <c>ivshmem-plain,memdev=M</c> with
/// <c>-object memory-backend-file,id=M,mem-path=/dev/shm/NAME,size=S,share=on</c> → &lt;shmem name='NAME'&gt;
/// with its size: the backend is the shared region, claimed here, never guest RAM.
/// <c>ivshmem-doorbell,chardev=C,vectors=N,ioeventfd=B</c> with a client socket chardev → &lt;server path=&gt;
/// and &lt;msi&gt;. A doorbell's name only shows in libvirt's default socket path
/// (<c>/var/lib/libvirt/shmem-NAME-sock</c>); with another path it is not on the command line, and the
/// device id stands in for it. <c>master=on|off</c> is role='master|peer'.
/// </summary>
public sealed class ShmemDeviceLifter : IDeviceLifter
{
    private const string ShmDir = "/dev/shm/";
    private const string DefaultSocketPrefix = "/var/lib/libvirt/shmem-";
    private const string DefaultSocketSuffix = "-sock";

    private static readonly FrozenSet<string> Known = DeviceProps.Understood(["memdev", "chardev", "master", "vectors", "ioeventfd"]);

    public IReadOnlyList<string> Drivers { get; } = ["ivshmem-plain", "ivshmem-doorbell"];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        var shmem = p.GetString("driver") == "ivshmem-plain" ? Plain(option, p, ctx) : Doorbell(option, p, ctx);
        if (shmem is null)
        {
            return;
        }

        ctx.IgnoreProperties(option, p, Known);
        var role = p.GetBool("master") is { } master ? (master ? "master" : "peer") : null;
        ctx.AddDevice(shmem with { Role = role, Info = DeviceProps.Info(option, p, ctx) });
    }

    private static Shmem? Plain(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        // Only a shared file under /dev/shm has an XML form (libvirt always writes that one).
        if (p.GetString("memdev") is not { } id || ctx.Find("object", id) is not { } found
            || found.Properties.GetString("qom-type") != "memory-backend-file"
            || found.Properties.GetString("mem-path") is not { } path || !path.StartsWith(ShmDir, StringComparison.Ordinal)
            || path.Length == ShmDir.Length || path.IndexOf('/', ShmDir.Length) >= 0)
        {
            if (p.GetString("memdev") is { } dangling && p.GetEntry("memdev") is { } e && ctx.Find("object", dangling) is null)
            {
                ctx.Resolve("object", dangling, e.Value.Span);
                return null;
            }

            ctx.KeepAsPassthrough(option, "an ivshmem-plain device needs memdev= naming a memory-backend-file under /dev/shm to have a domain XML form");
            return null;
        }

        var backend = ctx.Resolve("object", id, p.GetEntry("memdev")!.Value.Span)!;
        ctx.IgnoreProperties(backend.Option, backend.Properties, "qom-type", "id", "mem-path", "size", "share");
        var size = QemuSize.ParseBytes(backend.Properties.GetString("size") ?? string.Empty);
        return new Shmem { Name = path[ShmDir.Length..], Model = ShmemModel.IvshmemPlain, SizeBytes = size };
    }

    private static Shmem? Doorbell(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        if (DeviceProps.Reference(option, p, ctx, "chardev", "chardev") is not { } backend)
        {
            return null;
        }

        if (backend.Payload is not ChardevSource { Type: "unix", Listen: false, Path: { } path })
        {
            // libvirt only connects to an ivshmem server's UNIX socket; both stay on the command line.
            backend.Used = false;
            ctx.KeepAsPassthrough(option, "an ivshmem-doorbell device has a domain XML form only with a client UNIX socket chardev");
            return null;
        }

        var name = DefaultName(path);
        var vectors = p.GetInt64("vectors") is { } v ? (int)v : (int?)null;
        return new Shmem
        {
            Name = name ?? p.GetString("id") ?? "shmem",
            Model = ShmemModel.IvshmemDoorbell,
            Server = true,
            ServerPath = name is null ? path : null,
            Msi = true,
            MsiVectors = vectors,
            MsiIoeventfd = p.GetBool("ioeventfd"),
        };
    }

    private static string? DefaultName(string path) =>
        path.StartsWith(DefaultSocketPrefix, StringComparison.Ordinal) && path.EndsWith(DefaultSocketSuffix, StringComparison.Ordinal)
        && path.Length > DefaultSocketPrefix.Length + DefaultSocketSuffix.Length
        && path.IndexOf('/', DefaultSocketPrefix.Length) < 0
            ? path[DefaultSocketPrefix.Length..^DefaultSocketSuffix.Length]
            : null;
}
