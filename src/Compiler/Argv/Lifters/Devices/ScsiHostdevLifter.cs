using System.Collections.Frozen;
using Qconv.Compiler.Argv.Lifters.Storage;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// <c>scsi-generic</c> over a <c>-blockdev</c> backend node, the mirror of to-native's HostdevScsiEmitter: a
/// <c>host_device</c> node on <c>/dev/sgN</c> is a LUN of a host adapter (&lt;hostdev type='scsi'&gt; with
/// &lt;adapter name='scsi_hostH'/&gt;&lt;address bus= target= unit=/&gt;; which LUN /dev/sgN is, is a host fact
/// that from-native asks the host for), an <c>iscsi</c> node a LUN reached over iSCSI (&lt;source protocol='iscsi'&gt;).
/// The node's read-only= is &lt;readonly/&gt;; the device's bus/scsi-id/lun its drive address.
/// </summary>
public sealed class ScsiHostdevLifter : IDeviceLifter
{
    private const string SgPrefix = "/dev/";

    private static readonly FrozenSet<string> Known = DeviceProps.Understood(["drive", "scsi-id", "channel", "lun"]);

    public IReadOnlyList<string> Drivers { get; } = ["scsi-generic"];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        if (DeviceProps.Reference(option, p, ctx, "drive", "blockdev") is not { } node)
        {
            return;
        }

        var b = node.Properties;
        var hostdev = b.GetString("driver") == "iscsi" ? Iscsi(b, ctx) : Adapter(node, ctx);
        if (hostdev is null)
        {
            ctx.KeepAsPassthrough(option, "the scsi-generic device's backend is neither a host SCSI generic device nor an iSCSI LUN");
            return;
        }

        ctx.AddDevice(hostdev with
        {
            ReadOnly = b.GetBool("read-only") == true,
            Info = DeviceProps.Info(option, p, ctx) with { Address = DiskDeviceLifter.ScsiAddress(p) },
        });
        ctx.IgnoreProperties(option, p, Known);
    }

    private static Hostdev? Adapter(Backend node, LiftContext ctx)
    {
        var path = node.Properties.GetString("filename");
        if (node.Properties.GetString("driver") != "host_device" || path is null || !path.StartsWith(SgPrefix + "sg", StringComparison.Ordinal))
        {
            return null;
        }

        var sg = path[SgPrefix.Length..];
        if (ctx.Options.Host?.ScsiAddressOfGeneric(sg) is not { } a)
        {
            ctx.Warning(LiftCodes.IgnoredProperty, node.Option.Span, $"which host SCSI LUN {path} is depends on the host; scsi_host0 0:0:0 is written");
            a = ("scsi_host0", 0, 0, 0);
        }

        var source = NodeBuilder.Element(
            "source",
            [],
            NodeBuilder.Element("adapter", ("name", a.Adapter)),
            NodeBuilder.Element("address", ("bus", Str(a.Bus)), ("target", Str(a.Target)), ("unit", Str(a.Unit))));
        return Scsi(source, new HostdevScsiSource { Adapter = a.Adapter, Bus = a.Bus, Target = a.Target, Unit = (ulong)a.Unit });
    }

    private static Hostdev Iscsi(PropertyBag b, LiftContext ctx)
    {
        var src = StorageSecrets.WithAuth(ctx, b, IscsiStorage.Read(b));
        var host = src.Hosts.Count > 0 ? src.Hosts[0] : null;
        var source = NodeBuilder.Element(
            "source",
            [("protocol", "iscsi"), ("name", src.Path)],
            host is null ? null : NodeBuilder.Element("host", ("name", host.Name), ("port", host.Port)),
            src.Auth is { } auth
                ? NodeBuilder.Element("auth", [("username", auth.Username)], NodeBuilder.Element("secret", ("type", auth.SecretType), ("uuid", auth.SecretUuid)))
                : null,
            src.Network.InitiatorIqn is { } iqn ? NodeBuilder.Element("initiator", [], NodeBuilder.Element("iqn", ("name", iqn))) : null);
        return Scsi(source, new HostdevScsiSource { Iscsi = src });
    }

    // The reader keeps a SCSI hostdev's <source> as written and its LUN typed (HostdevReader).
    private static Hostdev Scsi(GenericNode source, HostdevScsiSource scsi) =>
        new() { Type = "scsi", Managed = false, SourceNode = source, Scsi = scsi };

    private static string Str(long v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
