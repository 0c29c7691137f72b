using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Memory;

/// <summary>
/// A memory device's own settings from its backend object: access and discard, and the &lt;source&gt;
/// (path, pmem, alignsize, and the page size and host nodemask where they differ from what the
/// guest-wide &lt;memoryBacking&gt; and &lt;numatune&gt; already give the device's guest node).
/// </summary>
public static class MemoryDeviceSource
{
    /// <summary>A page size equal to the host's base page size means "no huge pages" to libvirt (x86 and most hosts: 4 KiB).</summary>
    private const ulong BasePageSizeKiB = 4;

    public static MemoryDevice Apply(MemoryDevice device, MemoryBackendReading r, bool sharedOnce, LiftContext ctx)
    {
        var span = device.Info.Span ?? ctx.CommandLine.Binary?.Span;
        device = device with
        {
            Access = sharedOnce ? null : r.Share is { } s ? (s ? "shared" : "private") : null,
            Discard = r.Kind == "file" ? r.Discard : null,
            SizeKiB = r.SizeBytes is { } bytes ? bytes / 1024 : device.SizeKiB,
            SourcePath = r.UserPath,
            SourcePmem = r.Pmem,
            SourceAlignSizeKiB = r.AlignBytes is { } align ? align / 1024 : null,
        };

        if (r.UserPath is null)
        {
            var (huge, size) = HugepagePlan.Inherited(ctx.Domain.Memory.Backing, device.TargetNode);
            if (r.Hugepages && (!huge || size != r.PageSizeKiB))
            {
                device = device with { SourcePageSizeKiB = r.PageSizeKiB };
                if (r.PageSizeKiB is null && span is { } at)
                {
                    ctx.Warning(LiftCodes.IgnoredProperty, at, $"memory device '{device.Info.Alias ?? device.Model}': the huge page size of its mount is not known; not carried into domain XML");
                }
            }
            else if (!r.Hugepages && huge)
            {
                device = device with { SourcePageSizeKiB = BasePageSizeKiB };
            }
        }

        var tune = ctx.Domain.Memory.NumaTune;
        var inherited = NumaTunePlan.Inherited(tune, device.TargetNode);
        if ((r.NumaTuneMode, r.NodeSetText) != inherited)
        {
            if (r.NodeSetText is { } mask && r.NumaTuneMode == (tune?.Mode ?? "strict"))
            {
                device = device with { SourceNodeMask = mask };
            }
            else if (span is { } at)
            {
                ctx.Warning(LiftCodes.IgnoredProperty, at, $"memory device '{device.Info.Alias ?? device.Model}': its host NUMA binding differs from the guest's and has no domain XML form; not carried into domain XML");
            }
        }

        return device;
    }
}
