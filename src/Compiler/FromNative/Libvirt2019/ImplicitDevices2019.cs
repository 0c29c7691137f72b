using Qconv.Compiler.Ir;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.FromNative.Libvirt2019;

/// <summary>
/// The devices libvirt of 2019 made explicit for a PC guest: the USB controller, the PCI root and
/// the floppy and IDE controllers their disks need (in that order), PS/2 mouse and keyboard,
/// &lt;memballoon model='none'/&gt; (the converter did not ask for a balloon), and the s390 panic
/// device of s390-ccw machines.
/// </summary>
public static class ImplicitDevices2019
{
    public static Domain Run(Domain domain)
    {
        var devices = domain.Devices.ToList();
        var pc = MachineKind.IsX86(domain.Os.Arch) && MachineKind.IsI440Fx(domain.Os.Machine);
        if (pc)
        {
            AddController(devices, "usb", null);
            AddController(devices, "pci", "pci-root");
            foreach (var bus in (ReadOnlySpan<string>)["fdc", "ide"])
            {
                if (devices.OfType<Disk>().Any(d => DiskBus.BusOf(d) == bus))
                {
                    AddController(devices, bus, null);
                }
            }

            foreach (var type in (ReadOnlySpan<string>)["mouse", "keyboard"])
            {
                if (!devices.OfType<Input>().Any(i => i.Type == type && i.Bus == "ps2"))
                {
                    devices.Add(new Input { Type = type, Bus = "ps2" });
                }
            }
        }

        if (!devices.OfType<Memballoon>().Any())
        {
            devices.Add(new Memballoon { Model = "none" });
        }

        if (domain.Os.Arch == "s390x" && !devices.Any(d => d.ElementName == "panic"))
        {
            devices.Add(new Panic { Model = "s390" });
        }

        return domain.WithDevices(devices);
    }

    private static void AddController(List<Device> devices, string type, string? model)
    {
        if (!devices.OfType<Controller>().Any(c => c.Type == type && c.Index == 0))
        {
            devices.Add(new Controller { Type = type, Index = 0, Model = model });
        }
    }
}
