using Qconv.Compiler.Argv.Values;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-netdev vhost-vdpa,vhostdev=PATH</c>: &lt;interface type='vdpa'&gt;&lt;source dev=PATH/&gt;. libvirt opens
/// the vDPA character device itself and passes it in an fd set (qemuInterfaceVDPAConnect, <c>-add-fd</c>),
/// so the path QEMU sees is <c>/dev/fdset/N</c>: the device's own path is then not on the command line and
/// the first vDPA device is written, with a warning.
/// </summary>
public static class VdpaBackend
{
    private const string FirstDevice = "/dev/vhost-vdpa-0";

    public static string Device(PropertyBag backend, LiftContext ctx)
    {
        var path = backend.GetString("vhostdev");
        if (path is null || Chardev.ChardevProperties.IsFdSet(path))
        {
            if (path is not null)
            {
                AddFdLifter.Use(ctx, path);
            }

            ctx.Warning(LiftCodes.IgnoredProperty, backend.GetEntry("vhostdev")?.KeySpan ?? backend.Span, $"vhost-vdpa: libvirt passed an open descriptor; the device's own path is not on the command line, {FirstDevice} is written");
            path = FirstDevice;
        }

        return path;
    }
}
