using Qconv.Compiler.Argv.Lifters;
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
        GenericNode? console = null;
        foreach (var device in domain.Devices)
        {
            if (device is GenericDevice { ElementName: "serial" } serial && serial.Node.Child("target") is { } target)
            {
                var typed = NodeBuilder.Element(
                    "target",
                    [("type", "isa-serial"), ("port", target.Attr("port"))],
                    NodeBuilder.Element("model", ("name", "isa-serial")));
                var node = serial.Node with { Children = serial.Node.Children.Select(c => c.Name == "target" ? typed : c).ToEquatableArray() };
                devices.Add(serial with { Node = node });
                if (console is null && target.Attr("port") == "0")
                {
                    var consoleTarget = NodeBuilder.Element("target", ("type", "serial"), ("port", "0"));
                    console = node with { Name = "console", Children = node.Children.Select(c => c.Name == "target" ? consoleTarget : c).ToEquatableArray() };
                }
            }
            else
            {
                devices.Add(device);
            }
        }

        if (console is not null && !domain.Devices.Any(d => d.ElementName == "console"))
        {
            devices.Add(new GenericDevice(console));
        }

        return domain.WithDevices(devices);
    }
}
