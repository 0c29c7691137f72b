using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// <c>-vnc</c> (qemuBuildGraphicsVNCCommandLine): the display (<c>HOST:N</c> with N = port − 5900,
/// <c>vnc=unix:PATH</c> or <c>none</c>), then share policy, password, TLS credentials, SASL,
/// power control and the audio backend; the keymap as <c>-k</c>.
/// </summary>
internal static class VncArgs
{
    /// <summary>libvirt names the TLS credentials of the (single) VNC server like this.</summary>
    private const string TlsAlias = "vnc-tls-creds0";

    public static void Emit(EmitContext ctx, Graphics g)
    {
        var cfg = ctx.Config;
        var audio = SoundEmitter.AudioIdFor(ctx, g, g.AudioId);
        if (audio is null)
        {
            return;
        }

        var listen = g.Listens[0];
        var opt = new KeyValueWriter();
        switch (listen.Type)
        {
            case "socket":
                opt.Raw("vnc=unix:" + KeyValueWriter.Escape(listen.Socket ?? string.Empty));
                break;
            case "none":
                opt.Raw("none");
                break;
            default:
                var host = listen.Address is { } a ? (a.Contains(':', StringComparison.Ordinal) ? $"[{a}]" : a) : string.Empty;
                opt.Raw(host + ":" + GraphicsEmitter.Port((g.Port ?? 5900) - 5900));
                if (g.Websocket is > 0 and var ws)
                {
                    opt.Add("websocket", ws);
                }

                break;
        }

        opt.AddIfNotNull("share", g.SharePolicy);
        if (g.Passwd is not null || cfg.VncPassword is not null)
        {
            opt.Add("password", "on");
        }

        if (cfg.VncTls)
        {
            // The certificate's private key password, when qemu.conf names a secret for it.
            string? secretAlias = null;
            if (cfg.VncTlsX509SecretUuid is { } uuid && ctx.Host.SecretValue(uuid, null, null) is { } value)
            {
                secretAlias = TlsAlias + "-secret0";
                ctx.Add("-object", SecretObject.Encrypted(ctx, secretAlias, value));
            }

            var tls = new JsonProps()
                .Add("qom-type", "tls-creds-x509")
                .Add("id", TlsAlias)
                .Add("dir", cfg.VncTlsX509CertDir ?? cfg.DefaultTlsX509CertDir)
                .Add("endpoint", "server")
                .Add("verify-peer", cfg.VncTlsX509Verify ?? false)
                .AddIfNotNull("passwordid", secretAlias);
            ctx.Add("-object", tls);
            opt.Add("tls-creds", TlsAlias);
        }

        if (cfg.VncSasl)
        {
            opt.Add("sasl", "on");
            if (cfg.VncSaslDir is { } dir)
            {
                ctx.AddEnv("SASL_CONF_PATH", dir);
            }
        }

        if (g.PowerControl is { } power)
        {
            opt.AddOnOff("power-control", power);
        }

        opt.Add("audiodev", audio);
        ctx.Add("-vnc", opt);
        if (g.Keymap is { } keymap)
        {
            ctx.Add("-k", keymap);
        }
    }
}
