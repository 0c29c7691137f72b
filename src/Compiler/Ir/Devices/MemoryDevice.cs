using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Ir;

/// <summary>
/// &lt;memory model='dimm|nvdimm|virtio-pmem|virtio-mem'&gt;: hot-pluggable guest memory
/// (https://libvirt.org/formatdomain.html#memory-devices). Sizes in KiB.
/// </summary>
public sealed record MemoryDevice : Device, INvdimmDevice, IPciDevice, IAliasedDevice
{
    public override string ElementName => "memory";

    public required string Model { get; init; }

    /// <summary><c>shared</c> or <c>private</c>.</summary>
    public string? Access { get; init; }

    public bool? Discard { get; init; }

    /// <summary>Host NUMA nodes to allocate from (&lt;source&gt;&lt;nodemask&gt;).</summary>
    public string? SourceNodeMask { get; init; }

    public ulong? SourcePageSizeKiB { get; init; }

    /// <summary>Backing file of an NVDIMM or virtio-pmem (&lt;source&gt;&lt;path&gt;).</summary>
    public string? SourcePath { get; init; }

    public ulong? SourceAlignSizeKiB { get; init; }

    public bool SourcePmem { get; init; }

    public ulong SizeKiB { get; init; }

    /// <summary>Guest NUMA node (&lt;target&gt;&lt;node&gt;).</summary>
    public int? TargetNode { get; init; }

    public ulong? LabelSizeKiB { get; init; }

    public bool ReadOnly { get; init; }

    public ulong? BlockSizeKiB { get; init; }

    public ulong? RequestedSizeKiB { get; init; }

    public bool IsNvdimm => Model == "nvdimm";

    public bool IsDimmLike => Model is "dimm" or "nvdimm";

    public bool WantsPci(Domain domain) => Model is "virtio-pmem" or "virtio-mem";

    /// <summary>DIMMs are named after their slot (dimm0, nvdimm2); virtio ones are counted.</summary>
    public string? DefaultAlias(Func<string, string> next) => Model switch
    {
        "dimm" or "nvdimm" when Info.Address is DimmAddress { Slot: { } slot } => Model + slot,
        "virtio-pmem" => next("virtiopmem"),
        "virtio-mem" => next("virtiomem"),
        _ => next(Model),
    };
}
