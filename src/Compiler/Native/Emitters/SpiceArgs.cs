using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// <c>-spice</c> (qemuBuildGraphicsSPICECommandLine): where it listens (unix socket, ports and
/// address, or a dummy <c>port=0</c>), SASL, mouse mode, ticketing, TLS directory, per-channel
/// security, compression, clipboard and file transfer, OpenGL, and always seamless migration.
/// Passwords are set later over QMP, so only their absence shows (disable-ticketing).
/// </summary>
internal static class SpiceArgs
{
    public static void Emit(EmitContext ctx, Graphics g)
    {
        var cfg = ctx.Config;
        var opt = new KeyValueWriter();
        var hasSecure = false;
        var hasInsecure = false;
        var listen = g.Listens[0];
        switch (listen.Type)
        {
            case "socket":
                opt.Raw("unix").Add("addr", listen.Socket ?? string.Empty);
                hasInsecure = true;
                break;
            case "none":
                // QEMU needs a port or tls-port when nothing else is given.
                opt.Add("port", 0);
                hasInsecure = true;
                break;
            default:
                if (g.Port is > 0 and var port)
                {
                    opt.Add("port", port);
                    hasInsecure = true;
                }

                if (g.TlsPort is > 0 and var tlsPort)
                {
                    opt.Add("tls-port", tlsPort);
                    hasSecure = true;
                }

                if ((hasSecure || hasInsecure) && listen.Address is { } addr)
                {
                    opt.Raw("addr=" + addr);
                }

                break;
        }

        if (cfg.SpiceSasl)
        {
            opt.Add("sasl", "on");
            if (cfg.SpiceSaslDir is { } dir)
            {
                ctx.AddEnv("SASL_CONF_PATH", dir);
            }
        }

        switch (g.MouseMode)
        {
            case "server":
                opt.Add("agent-mouse", "off");
                break;
            case "client":
                opt.Add("agent-mouse", "on");
                break;
        }

        if (g.Passwd is null && cfg.SpicePassword is null)
        {
            opt.Add("disable-ticketing", "on");
        }

        if (hasSecure)
        {
            opt.Add("x509-dir", cfg.SpiceTlsX509CertDir ?? cfg.DefaultTlsX509CertDir);
        }

        if (!AddChannel(ctx, g, opt, "default", g.DefaultMode, hasSecure, hasInsecure))
        {
            return;
        }

        foreach (var (name, mode) in OrderedChannels(g))
        {
            if (!AddChannel(ctx, g, opt, name, mode, hasSecure, hasInsecure))
            {
                return;
            }
        }

        opt.AddIfNotNull("image-compression", g.ImageCompression)
            .AddIfNotNull("jpeg-wan-compression", g.JpegCompression)
            .AddIfNotNull("zlib-glz-wan-compression", g.ZlibCompression);
        if (g.PlaybackCompression is { } playback)
        {
            opt.AddOnOff("playback-compression", playback);
        }

        opt.AddIfNotNull("streaming-video", g.StreamingMode);
        if (g.CopyPaste == false)
        {
            opt.Add("disable-copy-paste", "on");
        }

        if (g.FileTransfer == false)
        {
            opt.Add("disable-agent-file-xfer", "on");
        }

        if (g.GlEnable == true)
        {
            opt.Add("gl", "on").AddIfNotNull("rendernode", g.RenderNode);
        }

        // Seamless migration is always on; QEMU falls back silently when the target lacks it.
        opt.Add("seamless-migration", "on");
        ctx.Add("-spice", opt);
        if (g.Keymap is { } keymap)
        {
            ctx.Add("-k", keymap);
        }
    }

    /// <summary>libvirt walks the channels in its enum order, not the XML's.</summary>
    private static IEnumerable<Attr> OrderedChannels(Graphics g)
    {
        string[] order = ["main", "display", "inputs", "cursor", "playback", "record", "smartcard", "usbredir"];
        return order.SelectMany(name => g.Channels.Where(c => c.Key == name).TakeLast(1));
    }

    private static bool AddChannel(EmitContext ctx, Graphics g, KeyValueWriter opt, string name, string? mode, bool hasSecure, bool hasInsecure)
    {
        switch (mode)
        {
            case "secure" when !hasSecure:
                ctx.Error("QC0350", g.Info, name == "default"
                    ? "spice defaultMode secure requested in XML configuration, but TLS connection is not available"
                    : "spice secure channels set in XML configuration, but TLS connection is not available");
                return false;
            case "secure":
                opt.Add("tls-channel", name);
                break;
            case "insecure" when !hasInsecure:
                ctx.Error("QC0351", g.Info, name == "default"
                    ? "spice defaultMode insecure requested in XML configuration, but plaintext connection is not available"
                    : "spice insecure channels set in XML configuration, but plaintext connection is not available");
                return false;
            case "insecure":
                opt.Add("plaintext-channel", name);
                break;
        }

        return true;
    }
}
