using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Post-parse defaults of SCSI host devices (virDomainHostdevDefPostParse): an iSCSI source name without
/// a LUN means LUN 0 (<c>name/0</c>), and a LUN without an address takes the first unit no SCSI disk or
/// other SCSI host device uses, on controller 0, else 1, ... with bus and target 0
/// (virDomainHostdevAssignAddress). Like libvirt, it never adds a controller to find room: the implicit
/// controllers pass then creates the controllers these addresses name.
/// </summary>
public sealed class ScsiHostdevAddressPass : IDomainPass
{
    /// <summary>QEMU's SCSI buses are wide: 16 units per controller (SCSI_WIDE_BUS_MAX_CONT_UNIT).</summary>
    private const int WideBusUnits = 16;

    /// <summary>An LSI-style narrow bus has 8 ids (SCSI_NARROW_BUS_MAX_CONT_UNIT).</summary>
    private const int NarrowBusUnits = 8;

    public string Name => "scsi-hostdev-addresses";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var devices = domain.Devices.ToList();
        var changed = false;
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i] is not Hostdev { Type: "scsi", Scsi: { } scsi } h)
            {
                continue;
            }

            if (scsi.Iscsi is { Path: { } name } iscsi && !name.Contains('/', StringComparison.Ordinal))
            {
                h = h with { Scsi = scsi with { Iscsi = iscsi with { Path = name + "/0" } } };
            }

            if (h.Info.Address is null)
            {
                h = h with { Info = h.Info with { Address = NextFree(devices) } };
            }

            changed |= !ReferenceEquals(h, devices[i]);
            devices[i] = h;
        }

        return changed ? domain.WithDevices(devices) : domain;
    }

    private static DriveAddress NextFree(List<Device> devices)
    {
        for (var controller = 0; ; controller++)
        {
            var model = devices.OfType<Controller>().FirstOrDefault(c => c.Type == "scsi" && c.Index == controller)?.Model;
            var units = model is null or "lsilogic" ? NarrowBusUnits : WideBusUnits;
            for (var unit = 0; unit < units; unit++)
            {
                var candidate = new DriveAddress(controller, 0, 0, unit);
                if (!Reserved(model, unit) && !Used(devices, candidate))
                {
                    return candidate;
                }
            }
        }
    }

    /// <summary>HBAs that sit at id 7 of their own bus (virDomainSCSIDriveAddressIsUsed), and buses with fewer ids.</summary>
    private static bool Reserved(string? model, int unit) => model switch
    {
        "lsilogic" or "vmpvscsi" or "buslogic" or "ibmvscsi" => unit == 7,
        "lsisas1068" => unit > 1,
        _ => false,
    };

    private static bool Used(List<Device> devices, DriveAddress a) =>
        devices.Any(d => Equals(d.Info.Address, a) && (d is Hostdev { Type: "scsi" } || (d is Disk disk && DiskBus.BusOf(disk) == "scsi")));
}
