using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Native.Emitters.Storage;

/// <summary>
/// Bus placement of devices with a drive address (qemuBuildDeviceAddressDriveProps): IDE/SATA
/// buses of the chipset or an AHCI controller, and SCSI buses whose addressing depends on the
/// controller model (single-channel LSI-style HBAs vs. channel/target/lun).
/// </summary>
public static class DriveBusProps
{
    public static void Ide(JsonProps props, Device device, string bus, Domain domain)
    {
        if (device.Info.Address is not DriveAddress a)
        {
            return;
        }

        var builtin = AliasPass.ControllerAlias(new Controller { Type = bus, Index = a.Controller }, domain);
        var controller = builtin == "ide"
            ? builtin
            : domain.DevicesOf<Controller>().FirstOrDefault(c => c.Type == bus && c.Index == a.Controller)?.Info.Alias ?? builtin;
        if (bus == "sata")
        {
            props.Add("bus", $"{controller}.{a.Unit}");
        }
        else
        {
            props.Add("bus", $"{controller}.{a.Bus}").Add("unit", a.Unit);
        }
    }

    /// <summary>Adds the SCSI bus properties; false (with an error) when the address cannot work.</summary>
    public static bool Scsi(EmitContext ctx, JsonProps props, DeviceInfo info)
    {
        if (info.Address is not DriveAddress a)
        {
            return true;
        }

        var controller = ctx.Domain.DevicesOf<Controller>().FirstOrDefault(c => c.Type == "scsi" && c.Index == a.Controller);
        if (controller is null)
        {
            ctx.Error("QC0103", info, $"unable to find a SCSI controller with index {a.Controller}");
            return false;
        }

        var alias = controller.Info.Alias ?? AliasPass.ControllerAlias(controller, ctx.Domain);
        if (ScsiControllerModels.IsSingleTarget(controller.Model))
        {
            if (a.Target != 0)
            {
                ctx.Error("QC0104", info, $"target must be 0 for controller model '{controller.Model}'");
                return false;
            }

            props.Add("bus", $"{alias}.{a.Bus}").Add("scsi-id", a.Unit);
        }
        else
        {
            props.Add("bus", $"{alias}.0").Add("channel", a.Bus).Add("scsi-id", a.Target).Add("lun", a.Unit);
        }

        return true;
    }
}
