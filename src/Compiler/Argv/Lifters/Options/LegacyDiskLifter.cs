using Qconv.Compiler.Argv.Lifters.Storage;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// The oldest disk options: <c>-hda</c>..<c>-hdd</c> (IDE index 0-3), <c>-cdrom</c> (IDE index 2,
/// CD-ROM media) and <c>-fda</c>/<c>-fdb</c> (floppies 0 and 1), each taking just a file name
/// (QEMU's drive_add with HD_OPTS / CDROM_OPTS / FD_OPTS).
/// </summary>
public sealed class LegacyDiskLifter() : OptionLifter(LiftPhase.Settings, "hda", "hdb", "hdc", "hdd", "cdrom", "fda", "fdb")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Value is not { } value)
        {
            return;
        }

        var (bus, index) = option.Name switch
        {
            "cdrom" => ("ide", 2),
            "fda" => ("fdc", 0),
            "fdb" => ("fdc", 1),
            var hd => ("ide", hd[2] - 'a'),
        };
        if (!ctx.State<DriveIndexes>().TryTake(bus, index))
        {
            ctx.Error(LiftCodes.Contradiction, option.Span, $"{option.Word.Text}: {DiskTargets.Name(bus, index)} is already defined");
            return;
        }

        var source = value.Text.Length == 0 ? null : LegacyFileName.Parse(value.Text, out _);
        var backend = new DriveBackend(source, new Ir.DiskDriver(), false, null, option.Name == "cdrom");
        DriveLifter.AddDisk(ctx, backend, bus, index, null, option.Span);
    }
}
