using System.Collections.Frozen;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// Shared directories, the mirror of to-native's FilesystemEmitter: <c>virtio-9p-pci</c> with the
/// <c>-fsdev</c> its fsdev= names (security_model passthrough/mapped/mapped-file → accessmode
/// passthrough/mapped/squash, multidevs, fmode/dmode, writeout, readonly, handle driver) and
/// <c>vhost-user-fs-pci</c> with its virtiofsd socket chardev; mount_tag/tag is the target dir.
/// </summary>
public sealed class FilesystemDeviceLifter : IDeviceLifter
{
    private static readonly FrozenSet<string> Known = DeviceProps.Understood(["fsdev", "mount_tag", "chardev", "queue-size", "tag"]);

    public IReadOnlyList<string> Drivers { get; } =
    [
        "virtio-9p-pci", "virtio-9p-pci-transitional", "virtio-9p-pci-non-transitional",
        "vhost-user-fs-pci", "vhost-user-fs-pci-transitional", "vhost-user-fs-pci-non-transitional",
    ];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        var driver = p.GetString("driver")!;
        var model = driver.EndsWith("-non-transitional", StringComparison.Ordinal) ? "virtio-non-transitional"
            : driver.EndsWith("-transitional", StringComparison.Ordinal) ? "virtio-transitional" : null;
        var fs = driver.StartsWith("vhost-user-fs", StringComparison.Ordinal) ? VirtioFs(p, model, ctx) : NineP(p, model, ctx);
        if (fs is null)
        {
            ctx.KeepAsPassthrough(option, "a shared directory without its backend has no domain XML form");
            return;
        }

        ctx.AddDevice(fs with { Info = DeviceProps.Info(option, p, ctx) });
        ctx.IgnoreProperties(option, p, Known);
    }

    private static Filesystem? NineP(PropertyBag p, string? model, LiftContext ctx)
    {
        if (p.GetString("fsdev") is not { } id || p.GetEntry("fsdev") is not { } entry || ctx.Resolve("fsdev", id, entry.Value.Span) is not { } fsdev)
        {
            return null;
        }

        var f = fsdev.Properties;
        var handle = f.GetString("fsdriver") == "handle";
        var access = handle ? null : f.GetString("security_model") switch
        {
            "mapped" => "mapped",
            "mapped-file" => "squash",
            _ => "passthrough",
        };
        ctx.IgnoreProperties(fsdev.Option, f, "fsdriver", "id", "path", "security_model", "multidevs", "fmode", "dmode", "writeout", "readonly");
        return new Filesystem
        {
            AccessMode = access,
            Model = model,
            MultiDevs = f.GetString("multidevs"),
            FileMode = Octal(f, "fmode", fsdev.Option, ctx),
            DirMode = Octal(f, "dmode", fsdev.Option, ctx),

            // The local driver is libvirt's default ("path"); only handle is written.
            DriverType = handle ? "handle" : null,
            WritePolicy = f.GetString("writeout"),
            Virtio = VirtioProps.Read(p),
            SourcePath = f.GetString("path"),
            TargetDir = p.GetString("mount_tag") ?? string.Empty,
            ReadOnly = f.GetBool("readonly") == true,
        };
    }

    private static Filesystem? VirtioFs(PropertyBag p, string? model, LiftContext ctx)
    {
        if (p.GetString("chardev") is not { } id || p.GetEntry("chardev") is not { } entry || ctx.Resolve("chardev", id, entry.Value.Span) is not { } chardev)
        {
            return null;
        }

        return new Filesystem
        {
            Model = model,
            DriverType = "virtiofs",
            QueueSize = p.GetInt64("queue-size") is { } queue ? (int)queue : null,
            Virtio = VirtioProps.Read(p),
            SourceSocket = chardev.Properties.GetString("path"),
            TargetDir = p.GetString("tag") ?? string.Empty,
        };
    }

    // fmode/dmode are octal permission bits (at most 0777), as the reader takes them.
    private static int? Octal(PropertyBag f, string key, ArgvOption fsdev, LiftContext ctx)
    {
        if (f.GetString(key) is not { } text)
        {
            return null;
        }

        if (text.Length is > 0 and <= 4 && text.All(c => c is >= '0' and <= '7') && Convert.ToInt32(text, 8) is var mode and <= 0x1ff)
        {
            return mode;
        }

        ctx.Warning(LiftCodes.IgnoredProperty, fsdev.Span, $"{key}={text} is not an octal mode up to 0777; left out");
        return null;
    }
}
