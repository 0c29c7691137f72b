using Qconv.Compiler.Ir;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.FromNative.Libvirt2019;

/// <summary>
/// Serial ports on x86 are ISA serial ports (&lt;target type='isa-serial'&gt;&lt;model name='isa-serial'/&gt;),
/// and the first one doubles as the &lt;console&gt; (virDomainDefAddConsoleCompat).
/// </summary>
public static class CharDefaults2019
{
    public static Domain Run(Domain domain)
    {
        if (!MachineKind.IsX86(domain.Os.Arch))
        {
            return domain;
        }

        var devices = new List<Device>();
        CharDevice? console = null;
        foreach (var device in domain.Devices)
        {
            if (device is CharDevice { Kind: "serial" } serial)
            {
                var typed = serial with { TargetType = "isa-serial", TargetModel = "isa-serial" };
                devices.Add(typed);
                if (console is null && serial.TargetPort == 0)
                {
                    console = typed with { Kind = "console", TargetType = "serial", TargetModel = null, Info = new DeviceInfo() };
                }
            }
            else
            {
                devices.Add(device);
            }
        }

        if (console is not null && !domain.Devices.Any(d => d.ElementName == "console"))
        {
            devices.Add(console);
        }

        return domain.WithDevices(devices);
    }
}
