using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>USB redirection (qemuBuildRedirdevCommandLine): the chardev, then a usb-redir device on its USB port.</summary>
public sealed class RedirdevEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var boot = BootIndexes.Of(ctx);
        var filter = Filter(ctx.Domain.DevicesOf<RedirFilter>().FirstOrDefault());
        foreach (var r in ctx.Domain.DevicesOf<Redirdev>())
        {
            var alias = r.Info.Alias ?? "redir0";
            ChardevBackend.Emit(ctx, r.Source, "char" + alias, r);
            var props = new JsonProps().Add("driver", "usb-redir").Add("chardev", "char" + alias).Add("id", alias);
            props.AddIfNotNull("filter", filter);
            props.AddIfNotNull("bootindex", boot.TryGetValue(r, out var b) ? b : null);
            DeviceAddressProps.Add(props, r, ctx.Domain);
            ctx.Add("-device", props);
        }
    }

    /// <summary>
    /// usb-redir's filter property: one class:vendor:product:version:allow rule per &lt;usbdev&gt;,
    /// joined with '|', -1 for "any" (qemuBuildRedirdevDevProps; format from usbredirfilter).
    /// </summary>
    private static string? Filter(RedirFilter? f)
    {
        if (f is null || f.Rules.IsEmpty)
        {
            return null;
        }

        return string.Join('|', f.Rules.Select(r => string.Join(
            ':',
            Hex(r.Class, "X2"),
            Hex(r.Vendor, "X4"),
            Hex(r.Product, "X4"),
            Hex(r.Version, "X4"),
            r.Allow ? "1" : "0")));
    }

    private static string Hex(int? v, string format) =>
        v is { } n ? "0x" + n.ToString(format, System.Globalization.CultureInfo.InvariantCulture) : "-1";
}
