using System.Collections.Frozen;
using System.Globalization;
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
        var node = driver.StartsWith("vhost-user-fs", StringComparison.Ordinal) ? VirtioFs(p, model, ctx) : NineP(p, model, ctx);
        if (node is null)
        {
            ctx.KeepAsPassthrough(option, "a shared directory without its backend has no domain XML form");
            return;
        }

        ctx.AddDevice(new GenericDevice(node) { Info = DeviceProps.Info(option, p, ctx) });
        ctx.IgnoreProperties(option, p, Known);
    }

    private static GenericNode? NineP(PropertyBag p, string? model, LiftContext ctx)
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
        // The local driver is libvirt's default ("path"); only handle is written.
        var driverAttrs = new List<(string, string?)> { ("type", handle ? "handle" : null), ("wrpolicy", f.GetString("writeout")) };
        driverAttrs.AddRange(VirtioProps.Attributes(p).Select(a => (a.Key, (string?)a.Value)));
        ctx.IgnoreProperties(fsdev.Option, f, "fsdriver", "id", "path", "security_model", "multidevs", "fmode", "dmode", "writeout", "readonly");
        return NodeBuilder.Element(
            "filesystem",
            [("type", "mount"), ("accessmode", access), ("model", model), ("multidevs", f.GetString("multidevs")), ("fmode", f.GetString("fmode")), ("dmode", f.GetString("dmode"))],
            driverAttrs.Any(a => a.Item2 is not null) ? NodeBuilder.Element("driver", [.. driverAttrs]) : null,
            NodeBuilder.Element("source", ("dir", f.GetString("path"))),
            NodeBuilder.Element("target", ("dir", p.GetString("mount_tag"))),
            f.GetBool("readonly") == true ? NodeBuilder.Element("readonly") : null);
    }

    private static GenericNode? VirtioFs(PropertyBag p, string? model, LiftContext ctx)
    {
        if (p.GetString("chardev") is not { } id || p.GetEntry("chardev") is not { } entry || ctx.Resolve("chardev", id, entry.Value.Span) is not { } chardev)
        {
            return null;
        }

        var driverAttrs = new List<(string, string?)> { ("type", "virtiofs"), ("queue", p.GetInt64("queue-size")?.ToString(CultureInfo.InvariantCulture)) };
        driverAttrs.AddRange(VirtioProps.Attributes(p).Select(a => (a.Key, (string?)a.Value)));
        return NodeBuilder.Element(
            "filesystem",
            [("type", "mount"), ("model", model)],
            NodeBuilder.Element("driver", [.. driverAttrs]),
            NodeBuilder.Element("source", ("socket", chardev.Properties.GetString("path"))),
            NodeBuilder.Element("target", ("dir", p.GetString("tag"))));
    }
}
