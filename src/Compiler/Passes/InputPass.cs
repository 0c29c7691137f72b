using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Input bus defaults (virDomainInputDefParseXML) and checks (virDomainInputDefValidate,
/// qemuValidateDomainDeviceDefInput): on x86 a mouse or keyboard without a bus is PS/2, other
/// pointing devices USB; host passthrough is virtio and evdev has no guest bus at all.
/// </summary>
public sealed class InputPass : IDomainPass
{
    public string Name => "inputs";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var devices = domain.Devices.ToList();
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i] is not Input input)
            {
                continue;
            }

            if (input.Bus is null)
            {
                input = input with { Bus = DefaultBus(input.Type, domain) };
                devices[i] = input;
            }

            Validate(input, ctx);
        }

        return domain.WithDevices(devices);
    }

    private static string DefaultBus(string type, Domain domain) => type switch
    {
        "passthrough" => "virtio",
        "evdev" => "none",
        "mouse" or "keyboard" when MachineKind.IsX86(domain.Os.Arch) => "ps2",
        _ => "usb",
    };

    private static void Validate(Input input, CompilationContext ctx)
    {
        if (input.Type == "tablet" && input.Bus == "ps2")
        {
            ctx.Error("QC0370", input.Info, "ps2 bus does not support tablet input device");
        }

        if (input.Bus == "xen")
        {
            ctx.Error("QC0371", input.Info, "xen bus is not supported by QEMU for input devices");
        }

        if (input.Type == "passthrough" && input.Bus != "virtio")
        {
            ctx.Error("QC0372", input.Info, $"only bus 'virtio' is supported for 'passthrough' input devices");
        }

        // QEMU's virtio input devices are modern-only: there are no (non-)transitional variants.
        if (input.Model is "virtio-transitional" or "virtio-non-transitional")
        {
            ctx.Error("QC0373", input.Info, $"virtio (non-)transitional models are not supported for input type={input.Type}");
        }
    }
}
