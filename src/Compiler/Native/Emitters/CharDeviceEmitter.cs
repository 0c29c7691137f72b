using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// Serial ports, parallel ports, channels or consoles (qemuBuildSerialCommandLine,
/// qemuBuildParallelsCommandLine, qemuBuildChannelsCommandLine, qemuBuildConsoleCommandLine):
/// per device its <c>-chardev</c> backend, then its frontend. One instance per element kind, placed
/// in the pipeline at that kind's position.
/// </summary>
public sealed class CharDeviceEmitter(string kind) : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        foreach (var c in ctx.Domain.DevicesOf<CharDevice>().Where(c => c.Kind == kind && !c.IsSerialCompat))
        {
            var alias = c.Info.Alias ?? kind + "0";
            var charAlias = "char" + alias;
            if (kind == "channel" && c.TargetType == "guestfwd")
            {
                ChardevBackend.Emit(ctx, c.Source, charAlias, c);
                var fwd = new JsonProps().Add("str", $"tcp:{c.TargetAddress}:{c.TargetPort}-chardev:{charAlias}");
                ctx.Add("-netdev", new JsonProps().Add("type", "user").Add("guestfwd", [fwd]).Add("id", alias));
                continue;
            }

            var props = Frontend(ctx, c, alias, charAlias);
            if (props is null)
            {
                continue;
            }

            ChardevBackend.Emit(ctx, c.Source, charAlias, c);
            ctx.Add("-device", props);
        }
    }

    private static JsonProps? Frontend(EmitContext ctx, CharDevice c, string alias, string charAlias)
    {
        switch (c.Kind)
        {
            case "serial":
                var serial = new JsonProps().Add("driver", c.TargetModel ?? "isa-serial").Add("chardev", charAlias).Add("id", alias);
                if (c.TargetModel == "isa-serial" && c.TargetPort is { } port)
                {
                    serial.Add("index", port);
                }

                DeviceAddressProps.Add(serial, c, ctx.Domain);
                return serial;
            case "parallel":
                var par = new JsonProps().Add("driver", "isa-parallel").Add("chardev", charAlias).Add("id", alias);
                DeviceAddressProps.Add(par, c, ctx.Domain);
                return par;
            case "channel" when c.TargetType == "virtio":
                return VirtioSerialPort(ctx, c, "virtserialport", alias, charAlias);
            case "console" when c.TargetType == "virtio":
                return VirtioSerialPort(ctx, c, "virtconsole", alias, charAlias);
            case "console" when c.TargetType is "sclp" or "sclplm":
                return new JsonProps().Add("driver", c.TargetType == "sclp" ? "sclpconsole" : "sclplmconsole").Add("chardev", charAlias).Add("id", alias);
            default:
                ctx.Error("QC0402", c.Info, $"unsupported {c.Kind} target type '{c.TargetType}'");
                return null;
        }
    }

    /// <summary>qemuBuildVirtioSerialPortDevProps: spicevmc channels default to the spice agent's name.</summary>
    private static JsonProps VirtioSerialPort(EmitContext ctx, CharDevice c, string driver, string alias, string charAlias)
    {
        var props = new JsonProps().Add("driver", driver);
        DeviceAddressProps.Add(props, c, ctx.Domain);
        props.Add("chardev", charAlias).Add("id", alias);
        var name = c.Kind == "channel" ? c.TargetName ?? (c.Source.Type == "spicevmc" ? "com.redhat.spice.0" : null) : null;
        props.AddIfNotNull("name", name);
        return props;
    }
}
