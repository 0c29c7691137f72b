using Qconv.Compiler.Caps;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>What needs a memory backend object: the machine RAM, a guest NUMA cell, or a memory device.</summary>
public sealed record MemoryBackendRequest(string Alias, ulong SizeKiB, int? TargetNode, bool SystemMemory, MemoryDevice? Device = null);

/// <summary>The backend object, the thread-context object preallocating it (if any), and whether a plain RAM backend would not do.</summary>
public sealed record MemoryBackend(JsonProps Props, JsonProps? ThreadContext, bool Needed, bool DevicePrealloc = false);

/// <summary>
/// Memory backend objects (qemuBuildMemoryBackendProps): memory-backend-memfd for memfd sources,
/// memory-backend-file for huge pages (mem-path in the hugetlbfs mount of that page size),
/// NVDIMM/virtio-pmem files, shared/private access or file sources (memory_backing_dir), and
/// memory-backend-ram otherwise; with share, prealloc, size, host-nodes/policy from numatune and a
/// thread-context object that preallocates on the bound host nodes.
/// </summary>
public static class MemoryBackendProps
{
    public static MemoryBackend? Build(EmitContext ctx, MemoryBackendRequest req)
    {
        var d = ctx.Domain;
        var backing = d.Memory.Backing;
        var dev = req.Device;
        var cell = req.TargetNode is { } n ? d.Cpu?.NumaCells.FirstOrDefault(c => (c.Id ?? -1) == n) : null;
        var access = dev?.Access ?? cell?.MemAccess ?? backing?.AccessMode;
        bool? discard = dev?.Discard ?? cell?.Discard ?? (backing?.Discard == true ? true : null);

        var pageSize = dev?.SourcePageSizeKiB ?? HugepageFor(ctx, req.TargetNode);
        if (pageSize == (ulong)(ctx.Host.PageSizeBytes / 1024))
        {
            pageSize = null;
        }

        var (nodes, policy) = HostNodes(d, req);
        var props = new JsonProps();
        var needed = false;
        var prealloc = backing?.AllocationMode == "immediate";
        string type;
        if (backing?.SourceType == "memfd")
        {
            type = "memory-backend-memfd";
            props.Add("qom-type", type).Add("id", req.Alias);
            if (pageSize is { } ps)
            {
                props.Add("hugetlb", true).Add("hugetlbsize", ps * 1024);
                prealloc = true;
            }
        }
        else if (pageSize is not null || dev?.SourcePath is not null || access is not null || backing?.SourceType == "file")
        {
            type = "memory-backend-file";
            string memPath;
            if (dev?.SourcePath is { } path)
            {
                memPath = path;
                prealloc |= dev.IsNvdimm && !dev.SourcePmem;
            }
            else if (pageSize is { } ps)
            {
                if (HugetlbfsMountFor(ctx, ps) is not { } mount)
                {
                    ctx.Error("QC0230", dev?.Info, $"Unable to find any usable hugetlbfs mount for {ps} KiB");
                    return null;
                }

                memPath = $"{mount}/libvirt/qemu/{DomainShortName.Of(ctx)}";
                prealloc = true;
            }
            else
            {
                var file = dev?.Info.Alias ?? req.Alias;
                memPath = $"{ctx.Config.MemoryBackingDir}/{DomainShortName.Of(ctx)}/{file}";
            }

            props.Add("qom-type", type).Add("id", req.Alias).Add("mem-path", memPath);
            if (discard is { } dd)
            {
                props.Add("discard-data", dd);
            }
        }
        else
        {
            type = "memory-backend-ram";
            props.Add("qom-type", type).Add("id", req.Alias);
        }

        needed |= type != "memory-backend-ram";
        if (access is not null)
        {
            props.Add("share", access == "shared");
            needed = true;
        }

        if (req.SystemMemory && type != "memory-backend-ram" && ctx.Caps.Has(new QemuCap("memory-backend-file.x-use-canonical-path-for-ramblock-id")))
        {
            props.Add("x-use-canonical-path-for-ramblock-id", false);
        }

        // virtio-mem plugs memory in on demand: nothing is reserved up front and QEMU's device,
        // not the backend, preallocates the blocks it plugs (qemuBuildMemoryBackendProps).
        var virtioMem = dev?.Model == "virtio-mem";
        if (virtioMem && type != "memory-backend-ram" ? ctx.Caps.Has(new QemuCap("memory-backend-file.reserve")) : virtioMem)
        {
            props.Add("reserve", false);
        }

        var devicePrealloc = virtioMem && ctx.Caps.Has(new QemuCap("virtio-mem-pci.prealloc"));
        if (prealloc && !devicePrealloc)
        {
            props.Add("prealloc", true);
            if (backing?.AllocationThreads is { } threads)
            {
                props.Add("prealloc-threads", threads);
            }
        }

        props.Add("size", req.SizeKiB * 1024);
        if (dev?.SourceAlignSizeKiB is { } align)
        {
            props.Add("align", align * 1024);
        }

        if (dev?.SourcePmem == true)
        {
            props.Add("pmem", true);
        }

        JsonProps? threadContext = null;
        if (nodes is not null && policy is not null)
        {
            props.Add("host-nodes", nodes.Cast<object>()).Add("policy", policy);
            needed = true;
            if (prealloc && !devicePrealloc && ctx.Caps.Has(new QemuCap("thread-context")))
            {
                var tc = "tc-" + req.Alias;
                threadContext = new JsonProps().Add("qom-type", "thread-context").Add("id", tc).Add("node-affinity", nodes.Cast<object>());
                props.Add("prealloc-context", tc);
            }
        }

        return new MemoryBackend(props, threadContext, needed, prealloc && devicePrealloc);
    }

    /// <summary>
    /// The huge page size for a guest node (qemuBuildMemoryBackendProps): the &lt;page&gt; whose
    /// nodeset contains the node, else the one without a nodeset; a bare &lt;hugepages/&gt; means the
    /// host's default huge page size.
    /// </summary>
    public static ulong? HugepageFor(EmitContext ctx, int? targetNode)
    {
        if (ctx.Domain.Memory.Backing is not { Hugepages: true } backing)
        {
            return null;
        }

        if (backing.Pages.IsEmpty)
        {
            return DefaultHugepageSizeKiB(ctx);
        }

        HugePage? generic = null;
        foreach (var page in backing.Pages)
        {
            if (page.NodeSet is null)
            {
                generic ??= page;
            }
            else if (targetNode is { } n && NodeSet.Parse(page.NodeSet)?.Contains(n) == true)
            {
                return page.SizeKiB == 0 ? DefaultHugepageSizeKiB(ctx) : page.SizeKiB;
            }
        }

        return generic is null ? null : generic.SizeKiB == 0 ? DefaultHugepageSizeKiB(ctx) : generic.SizeKiB;
    }

    /// <summary>hugetlbfs mounts with their page sizes: qemu.conf's hugetlbfs_mount, else the host's mounts.</summary>
    private static List<(string Path, ulong PageSizeKiB)> HugetlbfsMounts(EmitContext ctx) =>
        (ctx.Config.HugetlbfsMount is { Count: > 0 } configured ? configured : ctx.Host.HugetlbfsMountPoints())
            .Select(m => (m, ctx.Host.HugepageSizeKiB(m) is { } kib ? (ulong)kib : 0))
            .Where(m => m.Item2 > 0)
            .ToList();

    /// <summary>The default huge page size is that of the first hugetlbfs mount (libvirt marks it default).</summary>
    private static ulong? DefaultHugepageSizeKiB(EmitContext ctx) =>
        HugetlbfsMounts(ctx) is { Count: > 0 } mounts ? mounts[0].PageSizeKiB : null;

    /// <summary>The hugetlbfs mount serving a page size.</summary>
    private static string? HugetlbfsMountFor(EmitContext ctx, ulong pageSizeKiB) =>
        HugetlbfsMounts(ctx).Where(m => m.PageSizeKiB == pageSizeKiB).Select(m => m.Path).FirstOrDefault();

    /// <summary>
    /// Host NUMA binding (virDomainNumatuneMaybeGetNodeset): a device's own nodemask, else the
    /// &lt;memnode&gt; of its guest cell, else the guest-wide &lt;memory&gt; nodeset. 'restrictive' mode
    /// binds through cgroups only, so QEMU gets no policy.
    /// </summary>
    private static (IReadOnlyList<int>? Nodes, string? Policy) HostNodes(Domain d, MemoryBackendRequest req)
    {
        var tune = d.Memory.NumaTune;
        var memnode = req.TargetNode is { } n ? tune?.MemNodes.FirstOrDefault(m => m.CellId == n) : null;
        string? mode;
        string? nodeset;
        if (req.Device?.SourceNodeMask is { } mask)
        {
            nodeset = mask;
            mode = tune?.Mode ?? "strict";
        }
        else if (memnode is not null)
        {
            nodeset = memnode.NodeSet;
            mode = memnode.Mode;
        }
        else
        {
            nodeset = tune?.Placement == "auto" ? null : tune?.NodeSet;
            mode = tune?.Mode ?? "strict";
        }

        var policy = mode switch
        {
            "strict" => "bind",
            "preferred" => "preferred",
            "interleave" => "interleave",
            _ => null,
        };
        return (NodeSet.Parse(nodeset), policy);
    }
}

/// <summary>
/// libvirt's short domain name (virDomainDefGetShortName): the domain id and the name cut to 20
/// characters, e.g. <c>-1-SomeDummyHugepagesGu</c>; used in per-guest paths.
/// </summary>
public static class DomainShortName
{
    public const int MaxNameLength = 20;

    public static string Of(EmitContext ctx) => $"{ctx.Host.DomainId}-{Truncate(ctx.Domain.Name ?? "guest")}";

    public static string Truncate(string name) => name.Length <= MaxNameLength ? name : name[..MaxNameLength];
}
