using System.Globalization;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters.Storage;

/// <summary>
/// Shared directories (qemuBuildFilesystemCommandLine): 9p exports as <c>-fsdev</c> plus a
/// virtio-9p device; virtiofs as a vhost-user-fs device talking to virtiofsd over a chardev.
/// </summary>
public sealed class FilesystemEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var boot = BootIndexes.Of(ctx);
        foreach (var fs in ctx.Domain.DevicesOf<Filesystem>())
        {
            if (fs.IsVirtioFs)
            {
                VirtioFs(ctx, fs, boot.TryGetValue(fs, out var b) ? b : null);
            }
            else
            {
                NineP(ctx, fs);
            }
        }
    }

    private static void NineP(EmitContext ctx, Filesystem fs)
    {
        var alias = fs.Info.Alias ?? "fs";
        var kv = new KeyValueWriter();
        if (fs.DriverType == "handle")
        {
            kv.Bare("handle");
        }
        else
        {
            kv.Bare("local");
            kv.Add("security_model", fs.AccessMode switch
            {
                "mapped" => "mapped",
                "squash" => "mapped-file",
                _ => "passthrough",
            });
            if (fs.MultiDevs is { } md and not "default")
            {
                kv.Add("multidevs", md);
            }
        }

        if (fs.FileMode is { } fmode)
        {
            kv.Add("fmode", Convert.ToString(fmode, 8).PadLeft(4, '0'));
        }

        if (fs.DirMode is { } dmode)
        {
            kv.Add("dmode", Convert.ToString(dmode, 8).PadLeft(4, '0'));
        }

        if (fs.WritePolicy == "immediate")
        {
            kv.Add("writeout", "immediate");
        }

        kv.Add("id", "fsdev-" + alias);
        kv.Add("path", fs.SourcePath ?? string.Empty);
        if (fs.ReadOnly)
        {
            kv.Add("readonly", "on");
        }

        ctx.Add("-fsdev", kv);
        var props = new JsonProps().Add("driver", "virtio-9p-" + Transport(fs) + ModelSuffix(fs));
        VirtioOptionsProps.Add(props, fs.Virtio);
        props.Add("id", alias).Add("fsdev", "fsdev-" + alias).Add("mount_tag", fs.TargetDir);
        DeviceAddressProps.Add(props, fs, ctx.Domain);
        ctx.Add("-device", props);
    }

    private static void VirtioFs(EmitContext ctx, Filesystem fs, int? bootIndex)
    {
        var alias = fs.Info.Alias ?? "fs";
        var chardev = "chr-vu-" + alias;

        // libvirt starts virtiofsd itself and puts its socket in the domain's private directory.
        var socket = fs.SourceSocket ?? string.Create(CultureInfo.InvariantCulture, $"{ctx.LibDir}/{alias}-fs.sock");
        ctx.Add("-chardev", new KeyValueWriter("socket").Add("id", chardev).Add("path", socket));
        var props = new JsonProps().Add("driver", "vhost-user-fs-" + Transport(fs) + ModelSuffix(fs));
        VirtioOptionsProps.Add(props, fs.Virtio);
        props.Add("id", alias).Add("chardev", chardev);
        props.AddIfNotNull("queue-size", fs.QueueSize);
        props.Add("tag", fs.TargetDir);
        props.AddIfNotNull("bootindex", bootIndex);
        DeviceAddressProps.Add(props, fs, ctx.Domain);
        ctx.Add("-device", props);
    }

    private static string Transport(Filesystem fs) => fs.Info.Address is OtherAddress { AddressType: "ccw" } ? "ccw" : "pci";

    private static string ModelSuffix(Filesystem fs) => fs.Model switch
    {
        "virtio-transitional" => "-transitional",
        "virtio-non-transitional" => "-non-transitional",
        _ => string.Empty,
    };
}
