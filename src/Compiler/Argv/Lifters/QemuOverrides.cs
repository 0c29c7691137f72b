using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters;

/// <summary>
/// A <c>-device</c> property no device family understands, on a device with a user alias (<c>ua-</c>
/// id): libvirt puts such properties there from &lt;qemu:override&gt;&lt;qemu:device alias&gt;&lt;qemu:frontend&gt;
/// (qemuBuildDeviceCommandlineHandleOverrides), so it is lifted back into one instead of being dropped,
/// typed as the JSON value is (string, signed/unsigned number, bool).
/// </summary>
public static class QemuOverrides
{
    /// <summary>Keeps <paramref name="entry"/> as an override of the option's device; false when it cannot.</summary>
    public static bool TryKeep(LiftContext ctx, ArgvOption option, PropertyBag properties, PropertyEntry entry)
    {
        if (option.Name != "device" || properties.GetString("id") is not { } alias || !alias.StartsWith("ua-", StringComparison.Ordinal)
            || Typed(entry.Value) is not var (type, value))
        {
            return false;
        }

        var tuning = ctx.Domain.QemuTuning;
        var property = new QemuPropertyOverride(entry.Key, type, value);
        var i = tuning.Devices.ToList().FindIndex(d => d.Alias == alias);
        var updated = i < 0
            ? tuning.Devices.Add(new QemuDeviceOverride(alias, EquatableArray.Create(property)))
            : tuning.Devices.SetItem(i, tuning.Devices[i] with { Properties = tuning.Devices[i].Properties.Add(property) });
        ctx.Domain = ctx.Domain with { QemuTuning = tuning with { Devices = updated } };
        return true;
    }

    private static (string Type, string Value)? Typed(PropertyValue value) => value switch
    {
        StringValue s => ("string", s.Value),
        BoolValue b => ("bool", b.Value ? "true" : "false"),
        NumberValue n when n.TryGetInt64(out var v) => (v < 0 ? "signed" : "unsigned", n.Raw),
        _ => null,
    };
}
