using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// The disk checks libvirt makes before starting a guest (virDomainDiskDefValidate,
/// qemuValidateDomainDeviceDefDisk, qemuDomainValidateStorageSource): address types that fit
/// the bus, device kinds that fit the source, formats QEMU can open, secrets of the right kind.
/// </summary>
public sealed class DiskValidatePass : IDomainPass
{
    public string Name => "disk-validate";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var iothreads = IoThreadIds.Effective(domain.Vcpu);
        foreach (var disk in domain.DevicesOf<Disk>())
        {
            Validate(disk, ctx);
            if (disk.Driver.IoThread is { } id)
            {
                if (DiskBus.BusOf(disk) != "virtio")
                {
                    ctx.Error("QC0117", disk.Info, $"IOThreads are only available for virtio disks, not for bus '{DiskBus.BusOf(disk)}'");
                }
                else if (!iothreads.Any(t => t.Id == id))
                {
                    ctx.Error("QC0117", disk.Info, $"Disk iothread '{id}' not defined in iothreadid");
                }
            }
        }

        return domain;
    }

    private static void Validate(Disk disk, CompilationContext ctx)
    {
        var bus = DiskBus.BusOf(disk);
        var dev = disk.Target.Dev;
        if (!AddressFitsBus(bus, disk.Info.Address))
        {
            var message = bus == "usb"
                ? "unexpected address type for usb disk"
                : $"Invalid address type '{disk.Info.Address!.Type}' for the disk '{dev}' with the bus type '{bus}'";
            ctx.Error("QC0110", disk.Info, message);
        }

        if (disk.DeviceKind == "lun" && disk.Source.Type != "block" && !(disk.Source.Type == "network" && disk.Source.Protocol == "iscsi"))
        {
            ctx.Error("QC0111", disk.Info, "disk device='lun' is only valid for block type disk source");
        }

        if ((disk.Vendor is not null || disk.Product is not null) && bus != "scsi")
        {
            ctx.Error("QC0112", disk.Info, "Only scsi disk supports vendor and product");
        }

        var format = disk.Driver.Format;
        if (disk.Shareable && !disk.ReadOnly && format is not (null or "raw"))
        {
            ctx.Error("QC0113", disk.Info, $"shared access for disk '{dev}' requires use of supported storage format");
        }

        ValidateSource(disk, disk.Source, format, ctx);
        foreach (var backing in disk.BackingStore)
        {
            // Only the top of a chain may be empty (a cdrom without media); a backing image has to be somewhere.
            if (backing.IsEmpty)
            {
                ctx.Error("QC0118", disk.Info, $"backing store of disk '{dev}' has no source");
                continue;
            }

            ValidateSource(disk, backing, backing.Format, ctx);
        }
    }

    private static void ValidateSource(Disk disk, DiskSource src, string? format, CompilationContext ctx)
    {
        switch (format)
        {
            case "dir":
                ctx.Error("QC0114", disk.Info, "'directory' storage format is not directly supported by QEMU, use 'dir' disk type instead");
                break;
            case "iso":
                ctx.Error("QC0114", disk.Info, "storage format 'iso' is not directly supported by QEMU, use 'raw' instead");
                break;
        }

        if (src.Encryption is { } enc)
        {
            if (enc.HasCipherSpec)
            {
                ctx.Error("QC0115", disk.Info, "supplying <cipher> for domain disk definition is unnecessary");
            }

            if (enc.Format == "luks" && enc.Engine != "librbd" && format is not (null or "raw" or "qcow2"))
            {
                ctx.Error("QC0115", disk.Info, "encryption is supported only with 'raw' and 'qcow2' image format");
            }
        }

        if (src.Auth is { } auth && src.Type == "network")
        {
            var expected = src.Protocol switch { "iscsi" => "iscsi", "rbd" => "ceph", _ => null };
            if (auth.SecretType is null)
            {
                ctx.Error("QC0116", disk.Info, "unknown secret type '<null>'");
            }
            else if (expected is not null && auth.SecretType != expected)
            {
                ctx.Error("QC0116", disk.Info, $"invalid secret type '{auth.SecretType}'");
            }
        }
    }

    /// <summary>Drive buses take drive addresses, USB a USB port, virtio a PCI/CCW/MMIO slot (virDomainDiskDefValidate).</summary>
    private static bool AddressFitsBus(string bus, Address? address) => address switch
    {
        null => true,
        DriveAddress => bus is "ide" or "fdc" or "scsi" or "sata",
        UsbAddress => bus == "usb",
        PciAddress => bus is "virtio" or "xen",
        OtherAddress o => bus switch
        {
            "virtio" => o.AddressType is "ccw" or "virtio-mmio" or "virtio-s390" or "unassigned",
            "scsi" or "ide" or "fdc" or "sata" or "usb" => o.AddressType == "unassigned",
            _ => true,
        },
        _ => false,
    };
}
