using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Native.Emitters.Storage;

/// <summary>
/// Disk controllers that need a <c>-device</c> (qemuBuildControllerDevProps): SCSI HBAs, AHCI
/// controllers beyond Q35's built-in one. The chipset's IDE/SATA and the ISA FDC are implicit.
/// </summary>
public static class StorageControllerProps
{
    /// <summary>True when <paramref name="c"/> is a disk controller (handled here even if it emits nothing).</summary>
    public static bool Handles(Controller c) => c.Type is "scsi" or "sata" or "ide" or "fdc";

    public static JsonProps? Build(EmitContext ctx, Controller c)
    {
        var domain = ctx.Domain;
        JsonProps props;
        switch (c.Type)
        {
            case "scsi":
                var driver = ScsiControllerModels.Driver(c.Model);
                if (driver is null)
                {
                    ctx.Error("QC0105", c.Info, $"unsupported controller model '{c.Model}'");
                    return null;
                }

                props = new JsonProps().Add("driver", driver);
                if (ScsiControllerModels.IsVirtio(c.Model))
                {
                    VirtioOptionsProps.Add(props, c.Virtio);
                    if (Driver(c, "iothread") is { } iothread)
                    {
                        props.Add("iothread", "iothread" + iothread);
                    }

                    props.AddIfNotNull("id", c.Info.Alias);
                    AddInt(props, "num_queues", Driver(c, "queues"));
                    AddInt(props, "cmd_per_lun", Driver(c, "cmd_per_lun"));
                    AddInt(props, "max_sectors", Driver(c, "max_sectors"));
                    if (Driver(c, "ioeventfd") is { } ioeventfd)
                    {
                        props.Add("ioeventfd", ioeventfd == "on");
                    }
                }
                else
                {
                    props.AddIfNotNull("id", c.Info.Alias);
                }

                break;
            case "sata" when !(c.Index == 0 && MachineKind.IsQ35(domain.Os.Machine)):
                props = new JsonProps().Add("driver", "ahci").AddIfNotNull("id", c.Info.Alias);
                break;
            default:
                return null;
        }

        DeviceAddressProps.Add(props, c, domain);
        return props;
    }

    private static string? Driver(Controller c, string key) => c.Driver.FirstOrDefault(kv => kv.Key == key)?.Value;

    private static void AddInt(JsonProps props, string key, string? value)
    {
        if (value is not null && long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            props.Add(key, n);
        }
    }
}
