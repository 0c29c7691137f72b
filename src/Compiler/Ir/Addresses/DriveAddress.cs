namespace Qconv.Compiler.Ir;

/// <summary>An IDE/SATA/SCSI/floppy drive address: controller, bus, target, unit.</summary>
public sealed record DriveAddress(int Controller, int Bus, int Target, int Unit) : Address
{
    public override string Type => "drive";
}
