using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Emitters.Storage;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// A SCSI host device (qemuBuildHostdevSCSICommandLine): a <c>-blockdev</c> backend node
/// <c>libvirt-N-backend</c> — the adapter LUN's SCSI generic node (<c>/dev/sgN</c>) or a direct iSCSI
/// connection with its auth secret — and a <c>scsi-generic</c> device on the SCSI bus of its drive address.
/// Backend numbers continue after the disks' block nodes, in hostdev order (qemuDomainPrepareHostdev runs
/// after the disks are prepared).
/// </summary>
public static class HostdevScsiEmitter
{
    public static void Emit(EmitContext ctx, Hostdev h, int nodeIndex, int? bootIndex)
    {
        if (h.Scsi is not { } scsi)
        {
            return;
        }

        var backend = $"libvirt-{nodeIndex}-backend";
        JsonProps? props;
        if (scsi.Iscsi is { } iscsi)
        {
            var level = new StorageLevel(iscsi, nodeIndex, true) { Format = "raw", ReadOnly = h.ReadOnly };
            if (iscsi.Auth is { } auth)
            {
                level = level with { AuthSecretAlias = backend + "-secret0" };
                if (ctx.Host.SecretValue(auth.SecretUuid, auth.SecretType ?? "iscsi", auth.SecretUsage) is not { } value)
                {
                    ctx.Error("QC0474", h.Info, $"no secret with {(auth.SecretUuid is not null ? "uuid '" + auth.SecretUuid : "usage '" + auth.SecretUsage)}'");
                    return;
                }

                ctx.Add("-object", SecretObject.Encrypted(ctx, level.AuthSecretAlias, value));
            }

            props = NetworkStorageProps.Build(ctx, level);
        }
        else if (ctx.Host.ScsiGenericName(scsi.Adapter!, scsi.Bus, scsi.Target, (long)scsi.Unit) is { } sg)
        {
            props = new JsonProps().Add("driver", "host_device").Add("filename", "/dev/" + sg);
        }
        else
        {
            ctx.Error("QC0475", h.Info, $"no SCSI generic device for {scsi.Adapter}:{scsi.Bus}:{scsi.Target}:{scsi.Unit}");
            return;
        }

        if (props is null)
        {
            return;
        }

        ctx.Add("-blockdev", props.Add("node-name", backend).Add("read-only", h.ReadOnly));
        var device = new JsonProps().Add("driver", "scsi-generic").Add("drive", backend).Add("id", h.Info.Alias ?? "hostdev0");
        device.AddIfNotNull("bootindex", bootIndex);
        if (DriveBusProps.Scsi(ctx, device, h.Info))
        {
            ctx.Add("-device", device);
        }
    }
}
