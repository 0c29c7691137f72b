using System.Globalization;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// Applies &lt;qemu:override&gt; frontend properties to a <c>-device</c> whose id matches
/// (qemuBuildDeviceCommandlineHandleOverrides): each property replaces or appends a key, typed as
/// given; type 'remove' deletes it.
/// </summary>
public static class DeviceOverrides
{
    public static void Apply(Domain domain, JsonProps props)
    {
        if (domain.QemuTuning.Devices.IsEmpty || props.Items.FirstOrDefault(p => p.Key == "id").Value is not string id)
        {
            return;
        }

        foreach (var dev in domain.QemuTuning.Devices.Where(d => d.Alias == id))
        {
            foreach (var p in dev.Properties)
            {
                props.Remove(p.Name);
                object? value = p.Type switch
                {
                    "remove" => null,
                    "signed" => long.Parse(p.Value ?? "0", NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                    "unsigned" => ulong.Parse(p.Value ?? "0", NumberStyles.None, CultureInfo.InvariantCulture),
                    "bool" => p.Value == "true",
                    _ => p.Value ?? string.Empty,
                };
                if (value is not null)
                {
                    props.Set(p.Name, value);
                }
            }
        }
    }
}
