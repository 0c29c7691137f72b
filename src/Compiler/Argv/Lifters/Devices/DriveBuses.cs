using System.Globalization;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// What the <c>bus=NAMEC.N</c> of a disk names. For <c>ide-hd</c>/<c>ide-cd</c>, QEMU's AHCI controllers
/// expose one IDE bus per port (<c>NAME.0</c>..<c>NAME.5</c>, ich9 ahci.c), so the same property means
/// a SATA port or an IDE bus depending on the controller it names, not on the device id:
/// <list type="bullet">
/// <item>the id of an AHCI controller on the line (<c>-device ahci,id=sataC</c>): that SATA controller, port N;</item>
/// <item><c>ide</c> on a Q35 machine: the ICH9's built-in AHCI, which QEMU names <c>ide</c> (libvirt's SATA controller 0);</item>
/// <item><c>ide</c> elsewhere: the chipset's IDE controller (PIIX), bus N (unit= picks master/slave).</item>
/// </list>
/// The mirror of to-native's DriveBusProps.Ide and AliasPass.ControllerAlias.
/// </summary>
public static class DriveBuses
{
    /// <summary>("sata" or "ide", controller index, bus number) for an IDE device's bus= value (absent: IDE bus 0).</summary>
    public static (string Bus, int Controller, int BusNo) Ide(string? bus, LiftContext ctx)
    {
        var (controller, busNo) = Numbers(bus);
        var dot = bus?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        var name = bus is null ? "ide" : dot < 0 ? bus : bus[..dot];
        if (ctx.State<AhciControllers>().ById.TryGetValue(name, out var ahci))
        {
            return ("sata", ahci, busNo);
        }

        if (name == "ide")
        {
            return (MachineKind.IsQ35(ctx.Domain.Os.Machine) ? "sata" : "ide", 0, busNo);
        }

        // Another name: its trailing digits are the controller (sataC from a controller not on the line, ideC).
        return (name.StartsWith("sata", StringComparison.Ordinal) ? "sata" : "ide", controller, busNo);
    }

    /// <summary>NAMEC.B → (C, B) for bus=ide.0, sata0.1, scsi1.0; (0, 0) when absent.</summary>
    public static (int Controller, int Bus) Numbers(string? bus)
    {
        if (bus is null)
        {
            return (0, 0);
        }

        var dot = bus.IndexOf('.', StringComparison.Ordinal);
        var name = dot < 0 ? bus : bus[..dot];
        var digits = name.Length;
        while (digits > 0 && char.IsAsciiDigit(name[digits - 1]))
        {
            digits--;
        }

        var controller = digits < name.Length && int.TryParse(name.AsSpan(digits), NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : 0;
        var b = dot >= 0 && int.TryParse(bus.AsSpan(dot + 1), CultureInfo.InvariantCulture, out var n) ? n : 0;
        return (controller, b);
    }

    /// <summary>The AHCI controllers lifted so far: id → libvirt controller index.</summary>
    public static void AddAhci(LiftContext ctx, string? id, int index)
    {
        if (id is not null)
        {
            ctx.State<AhciControllers>().ById[id] = index;
        }
    }
}
