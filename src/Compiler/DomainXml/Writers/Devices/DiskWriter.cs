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
            [("name", drv.Name), ("type", drv.Format), ("cache", drv.Cache), ("error_policy", drv.ErrorPolicy),
            ("rerror_policy", drv.RErrorPolicy), ("io", drv.Io), ("ioeventfd", drv.IoEventFd), ("event_idx", drv.EventIdx),
            ("copy_on_read", drv.CopyOnRead), ("discard", drv.Discard), ("iothread", Str(drv.IoThread)),
            ("detect_zeroes", drv.DetectZeroes), ("queues", Str(drv.Queues)), ("queue_size", Str(drv.QueueSize)),
            .. VirtioOptionsWriter.Attrs(drv.Virtio)]);
        if (d.AuthInDiskElement && d.Source?.Auth is { } diskAuth)
        {
            WriteAuth(x, diskAuth);
        }

        if (d.Source is { } src)
        {
            WriteSource(x, src with { Auth = d.AuthInDiskElement ? null : src.Auth, Encryption = d.EncryptionInDiskElement ? null : src.Encryption });
        }

        WriteBackingChain(x, d, 0);

        x.Empty("target", ("dev", d.Target.Dev), ("bus", d.Target.Bus), ("tray", d.Target.Tray),
            ("removable", d.Target.Removable is { } r ? OnOff(r) : null), ("rotation_rate", Str(d.Target.RotationRate)));
        if (d.Geometry is { } g)
        {
            x.Empty("geometry", ("cyls", Str(g.Cylinders)), ("heads", Str(g.Heads)), ("secs", Str(g.Sectors)), ("trans", g.Trans));
        }

        if (d.LogicalBlockSize is not null || d.PhysicalBlockSize is not null || d.DiscardGranularity is not null)
        {
            x.Empty("blockio", ("logical_block_size", Str(d.LogicalBlockSize)), ("physical_block_size", Str(d.PhysicalBlockSize)), ("discard_granularity", Str(d.DiscardGranularity)));
        }
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
        if (d.EncryptionInDiskElement && d.Source?.Encryption is { } diskEnc)
        {
            WriteEncryption(x, diskEnc);
        }

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
            x.Element(
                "format",
                fmt =>
                {
                    if (b.MetadataCacheMaxSize is { } mc)
                    {
                        fmt.Open("metadata_cache").Leaf("max_size", Str(mc), ("unit", "bytes")).Close();
                    }
                },
                ("type", f));
        }

        WriteSource(x, b with { Index = null });
        WriteBackingChain(x, d, level + 1);
        x.Close();
    }

    // virDomainDiskSourceFormat: the type's location attributes, then its children, slices, the rest,
    // auth and encryption (unless they sit in <disk>), reservations.
    internal static void WriteSource(XmlTextBuilder x, DiskSource src)
    {
        var attrs = new List<(string, string?)>();
        switch (src.Type)
        {
            case "file":
                attrs.AddRange([("file", src.Path), ("fdgroup", src.FdGroup)]);
                break;
            case "block":
                attrs.Add(("dev", src.Path));
                break;
            case "dir":
                attrs.Add(("dir", src.Path));
                break;
            case "network":
                attrs.AddRange([("protocol", src.Protocol), ("name", src.Path), ("query", src.Query), ("tls", src.Tls), ("tlsHostname", src.TlsHostname)]);
                break;
            case "volume":
                attrs.AddRange([("pool", src.Pool), ("volume", src.Volume), ("mode", src.VolumeMode)]);
                break;
            case "nvme" when src.Nvme is { } nvme:
                attrs.AddRange([("type", "pci"), ("managed", YesNo(nvme.Managed)), ("namespace", Str(nvme.Namespace))]);
                break;
            case "vhostuser":
                attrs.AddRange([("type", "unix"), ("path", src.Path)]);
                break;
        }

        attrs.AddRange(src.ExtraAttributes.Where(kv => kv.Key is not ("type" or "path")).Select(kv => (kv.Key, (string?)kv.Value)));
        attrs.AddRange([("startupPolicy", src.StartupPolicy), ("index", Str(src.Index))]);
        x.Element("source", s => WriteSourceChildren(s, src), [.. attrs]);
    }

    private static void WriteSourceChildren(XmlTextBuilder s, DiskSource src)
    {
        foreach (var h in src.Hosts)
        {
            s.Empty("host", ("name", h.Name), ("port", h.Port), ("transport", h.Transport), ("socket", h.Socket));
        }

        NetworkSourceWriter.Write(s, src.Network);
        if (src.Nvme is { } nvme)
        {
            DeviceInfoWriter.WriteHostPciAddress(s, nvme.Address);
        }

        if (src.Type == "vhostuser" && src.ReconnectTimeout is { } timeout)
        {
            s.Empty("reconnect", ("enabled", "yes"), ("timeout", Str(timeout)));
        }

        if (src.StorageSlice is { } slice)
        {
            s.Open("slices").Empty("slice", ("type", "storage"), ("offset", Str(slice.Offset)), ("size", Str(slice.Size))).Close();
        }

        foreach (var e in src.Extra.Where(e => e.Name != "reservations"))
        {
            GenericNodeWriter.Write(s, e);
        }

        if (src.Auth is { } auth)
        {
            WriteAuth(s, auth);
        }

        if (src.Encryption is { } enc)
        {
            WriteEncryption(s, enc);
        }

        foreach (var e in src.Extra.Where(e => e.Name == "reservations"))
        {
            GenericNodeWriter.Write(s, e);
        }
    }

    private static void WriteEncryption(XmlTextBuilder x, DiskEncryption enc)
    {
        x.Element(
            "encryption",
            e =>
            {
                if (enc.SecretType is not null || enc.SecretUuid is not null || enc.SecretUsage is not null)
                {
                    e.Empty("secret", ("type", enc.SecretType), ("uuid", enc.SecretUuid), ("usage", enc.SecretUsage));
                }
            },
            ("format", enc.Format),
            ("engine", enc.Engine));
    }

    private static void WriteAuth(XmlTextBuilder x, DiskAuth auth)
    {
        x.Open("auth", ("username", auth.Username));
        x.Empty("secret", ("type", auth.SecretType), ("usage", auth.SecretUsage), ("uuid", auth.SecretUuid));
        x.Close();
    }
}
