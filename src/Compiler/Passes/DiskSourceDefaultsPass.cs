using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Emitters.Storage;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Post-parse defaults of disk sources (virDomainDiskDefPostParse, qemuDomainDeviceDiskDefPostParse):
/// an empty network CD-ROM becomes an empty file one, network hosts over TCP get their protocol's
/// default port, encryption without an engine uses QEMU's, and vhost-user disks cannot be snapshotted.
/// </summary>
public sealed class DiskSourceDefaultsPass : IDomainPass
{
    public string Name => "disk-source-defaults";

    public Domain Run(Domain domain, CompilationContext ctx) =>
        domain.WithDevices(domain.Devices.Select(d => d is Disk disk ? Defaults(disk) : d));

    private static Disk Defaults(Disk d)
    {
        if (d.Type == "network" && d.Source.IsEmpty)
        {
            d = d with { Type = "file", Source = new DiskSource { Type = "file" } };
        }

        if (d.Type == "vhostuser" && d.Snapshot is null)
        {
            d = d with { Snapshot = "no" };
        }

        return d with { Source = Source(d.Source), BackingStore = d.BackingStore.Select(Source).ToEquatableArray() };
    }

    private static DiskSource Source(DiskSource s)
    {
        if (s.Encryption is { Engine: null } enc)
        {
            s = s with { Encryption = enc with { Engine = "qemu" } };
        }

        if (s.Protocol is { } protocol && NetworkStorageProps.DefaultPort(protocol) is { } port)
        {
            s = s with
            {
                Hosts = s.Hosts.Select(h => h.Port is null && h.Socket is null && h.Transport is null or "tcp" ? h with { Port = port } : h).ToEquatableArray(),
            };
        }

        return s;
    }
}
