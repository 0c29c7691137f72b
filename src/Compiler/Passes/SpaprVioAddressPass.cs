using System.Globalization;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Places the devices that live on the sPAPR VIO bus (qemuDomainAssignSpaprVIOAddresses): spapr-vlan
/// NICs, ibmvscsi SCSI controllers and spapr-vio serials get a <c>spapr-vio</c> address, and every
/// spapr-vio address without a <c>reg</c> takes its family's default (QEMU's own defaults: 0x1000 NICs,
/// 0x2000 SCSI, 0x30000000 serials), moved up by 0x1000 until no other device uses it. A reg the user
/// gave that another device already uses is an error. Runs before PCI assignment, so these devices
/// never take a PCI slot.
/// </summary>
public sealed class SpaprVioAddressPass : IDomainPass
{
    public const string AddressType = "spapr-vio";

    private const ulong Step = 0x1000;

    private static readonly (Func<Device, bool> Member, Func<Device, bool> OnVio, ulong DefaultReg)[] Families =
    [
        (d => d is Interface, d => d is Interface { Model: "spapr-vlan" }, 0x1000),
        (d => d is Controller, d => d is Controller { Type: "scsi", Model: "ibmvscsi" }, 0x2000),
        (d => d is CharDevice { Kind: "serial" }, d => d is CharDevice { Kind: "serial", TargetType: "spapr-vio-serial" }, 0x30000000),
    ];

    public string Name => "spapr-vio-addresses";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var devices = domain.Devices.ToList();
        var changed = false;
        foreach (var (member, onVio, defaultReg) in Families)
        {
            for (var i = 0; i < devices.Count; i++)
            {
                var d = devices[i];
                if (!member(d))
                {
                    continue;
                }

                if (d.Info.Address is null && onVio(d))
                {
                    d = d with { Info = d.Info with { Address = new OtherAddress(AddressType, EquatableArray<Attr>.Empty) } };
                    changed = true;
                }

                if (d.Info.Address is not OtherAddress { AddressType: AddressType })
                {
                    continue;
                }

                var userReg = Reg(d.Info.Address);
                var reg = userReg ?? defaultReg;
                while (devices.Where((o, j) => j != i && Reg(o.Info.Address) == reg).Any())
                {
                    if (userReg is not null)
                    {
                        ctx.Error("QC0470", d.Info, $"spapr-vio address 0x{reg.ToString("x", CultureInfo.InvariantCulture)} already in use");
                        return domain;
                    }

                    reg += Step;
                }

                if (userReg is null)
                {
                    var attrs = new Attr("reg", "0x" + reg.ToString("x8", CultureInfo.InvariantCulture));
                    d = d with { Info = d.Info with { Address = new OtherAddress(AddressType, new EquatableArray<Attr>([attrs])) } };
                    changed = true;
                }

                devices[i] = d;
            }
        }

        return changed ? domain.WithDevices(devices) : domain;
    }

    /// <summary>The reg of a spapr-vio address (libvirt reads it as hexadecimal, with or without 0x); null otherwise.</summary>
    public static ulong? Reg(Address? address)
    {
        if (address is not OtherAddress { AddressType: AddressType } o)
        {
            return null;
        }

        var text = o.Attributes.FirstOrDefault(a => a.Key == "reg")?.Value;
        if (text is null)
        {
            return null;
        }

        var digits = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
        return ulong.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
