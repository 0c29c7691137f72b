using Qconv.Compiler.Ir;
using static Qconv.Compiler.DomainXml.Writers.DomainXmlWriter;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>&lt;disk&gt; in libvirt's child order (virDomainDiskDefFormat).</summary>
public sealed class DiskWriter : IDeviceWriter
{
    public string ElementName => "disk";

    public void Write(XmlTextBuilder x, Device device)
    {
        var d = (Disk)device;
        var type = d.Type;
        x.Open("disk", ("type", type), ("device", d.DeviceKind), ("model", d.Model), ("rawio", d.RawIo), ("sgio", d.Sgio), ("snapshot", d.Snapshot));
        var drv = d.Driver;
        x.Element(
            "driver",
            inner =>
            {
                if (drv.MetadataCacheMaxSize is { } mc)
                {
                    inner.Open("metadata_cache");
                    inner.Leaf("max_size", Str(mc), ("unit", "bytes"));
                    inner.Close();
                }

                foreach (var e in drv.Extra)
                {
                    GenericNodeWriter.Write(inner, e);
                }
            },
            ("name", drv.Name), ("type", drv.Format), ("cache", drv.Cache), ("error_policy", drv.ErrorPolicy),
            ("rerror_policy", drv.RErrorPolicy), ("io", drv.Io), ("ioeventfd", drv.IoEventFd), ("event_idx", drv.EventIdx),
            ("copy_on_read", drv.CopyOnRead), ("discard", drv.Discard), ("iothread", Str(drv.IoThread)),
            ("detect_zeroes", drv.DetectZeroes), ("queues", Str(drv.Queues)), ("queue_size", Str(drv.QueueSize)));
        if (d.AuthInDiskElement && d.Source?.Auth is { } diskAuth)
        {
            WriteAuth(x, diskAuth);
        }

        if (d.Source is { } src)
        {
            WriteSource(x, d.AuthInDiskElement ? src with { Auth = null } : src);
        }

        WriteBackingChain(x, d, 0);

        x.Empty("target", ("dev", d.Target.Dev), ("bus", d.Target.Bus), ("tray", d.Target.Tray),
            ("removable", d.Target.Removable is { } r ? OnOff(r) : null), ("rotation_rate", Str(d.Target.RotationRate)));
        if (!d.IoTune.IsEmpty)
        {
            x.Open("iotune");
            foreach (var (k, v) in d.IoTune)
            {
                x.Leaf(k, v);
            }

            x.Close();
        }

        if (d.ReadOnly)
        {
            x.Empty("readonly");
        }

        if (d.Shareable)
        {
            x.Empty("shareable");
        }

        if (d.Transient)
        {
            x.Empty("transient", ("shareBacking", d.TransientShareBacking ? "yes" : null));
        }

        OptionalText(x, "serial", d.Serial);
        OptionalText(x, "wwn", d.Wwn);
        OptionalText(x, "vendor", d.Vendor);
        OptionalText(x, "product", d.Product);
        foreach (var e in d.Extra)
        {
            GenericNodeWriter.Write(x, e);
        }

        DeviceInfoWriter.Write(x, d.Info);
        x.Close();
    }

    /// <summary>Backing stores nest: each level holds the next, an empty &lt;backingStore/&gt; ends a known-complete chain.</summary>
    private static void WriteBackingChain(XmlTextBuilder x, Disk d, int level)
    {
        if (level >= d.BackingStore.Count)
        {
            if (d.BackingStoreTerminated)
            {
                x.Empty("backingStore");
            }

            return;
        }

        var b = d.BackingStore[level];
        x.Open("backingStore", ("type", b.Type), ("index", Str(b.Index)));
        if (b.Format is { } f)
        {
            x.Empty("format", ("type", f));
        }

        WriteSource(x, b with { Index = null });
        WriteBackingChain(x, d, level + 1);
        x.Close();
    }

    private static void WriteSource(XmlTextBuilder x, DiskSource src)
    {
        var pathAttr = src.Type switch
        {
            "file" => "file",
            "block" => "dev",
            "dir" => "dir",
            "vhostuser" => "path",
            _ => "name",
        };
        var attrs = new List<(string, string?)>
        {
            ("protocol", src.Protocol), (pathAttr, src.Path), ("pool", src.Pool), ("volume", src.Volume), ("mode", src.VolumeMode),
            ("query", src.Query), ("tls", src.Tls), ("tlsHostname", src.TlsHostname), ("startupPolicy", src.StartupPolicy),
            ("index", Str(src.Index)),
        };
        attrs.AddRange(src.ExtraAttributes.Select(kv => (kv.Key, (string?)kv.Value)));
        x.Element(
            "source",
            s =>
            {
                foreach (var h in src.Hosts)
                {
                    s.Empty("host", ("name", h.Name), ("port", h.Port), ("transport", h.Transport), ("socket", h.Socket));
                }

                if (src.Auth is { } auth)
                {
                    WriteAuth(s, auth);
                }

                foreach (var e in src.Extra)
                {
                    GenericNodeWriter.Write(s, e);
                }
            },
            [.. attrs]);
    }

    private static void WriteAuth(XmlTextBuilder x, DiskAuth auth)
    {
        x.Open("auth", ("username", auth.Username));
        x.Empty("secret", ("type", auth.SecretType), ("usage", auth.SecretUsage), ("uuid", auth.SecretUuid));
        x.Close();
    }
}
