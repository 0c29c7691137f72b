using System.Collections.Frozen;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Argv.Lifters.Memory;

/// <summary>
/// What one memory backend object (QEMU qapi/qom.json MemoryBackendProperties and its -file/-memfd
/// subtypes) says in domain XML terms, before the family is read together: its kind, huge pages,
/// sharing, discard, preallocation and host NUMA binding. Paths libvirt derives (see
/// <see cref="MemoryBackendPath"/>) are recognised rather than kept.
/// </summary>
public sealed record MemoryBackendReading
{
    /// <summary>Properties libvirt writes that carry no domain XML of their own (derived from caps or other settings).</summary>
    private static readonly FrozenSet<string> Understood = FrozenSet.Create(
        StringComparer.Ordinal,
        "qom-type", "id", "mem-path", "share", "discard-data", "prealloc", "prealloc-threads", "prealloc-context", "size",
        "host-nodes", "policy", "hugetlb", "hugetlbsize", "x-use-canonical-path-for-ramblock-id", "reserve", "align", "pmem");

    /// <summary><c>ram</c>, <c>file</c> or <c>memfd</c>.</summary>
    public required string Kind { get; init; }

    public ulong? SizeBytes { get; init; }

    /// <summary>Backed by huge pages: a file in a hugetlbfs mount, or memfd with hugetlb=on.</summary>
    public bool Hugepages { get; init; }

    /// <summary>The huge page size when the object says it (null: the host's default huge page size).</summary>
    public ulong? PageSizeKiB { get; init; }

    /// <summary>A file libvirt would not have chosen itself (an NVDIMM or virtio-pmem &lt;source&gt;&lt;path&gt;).</summary>
    public string? UserPath { get; init; }

    public bool? Share { get; init; }

    public bool? Discard { get; init; }

    public bool Prealloc { get; init; }

    public int? PreallocThreads { get; init; }

    public IReadOnlyList<int>? HostNodes { get; init; }

    /// <summary>QEMU's HostMemPolicy: bind, preferred, interleave (default: none).</summary>
    public string? Policy { get; init; }

    public ulong? AlignBytes { get; init; }

    public bool Pmem { get; init; }

    /// <summary>The numatune mode libvirt writes a policy from (qemuBuildMemoryBackendProps in reverse).</summary>
    public string? NumaTuneMode => Policy switch
    {
        "bind" => "strict",
        "preferred" => "preferred",
        "interleave" => "interleave",
        _ => null,
    };

    /// <summary>Host node binding as a libvirt nodeset (<c>0-3,5</c>), or null without one.</summary>
    public string? NodeSetText => HostNodes is { Count: > 0 } nodes && NumaTuneMode is not null ? string.Join(',', NodeSet.Ranges(nodes)) : null;

    public static MemoryBackendReading Read(Backend backend, string? domainName, LiftContext ctx)
    {
        var p = backend.Properties;
        var kind = p.GetString("qom-type") switch
        {
            "memory-backend-file" => "file",
            "memory-backend-memfd" => "memfd",
            _ => "ram",
        };
        var reading = new MemoryBackendReading
        {
            Kind = kind,
            SizeBytes = p.GetInt64("size") is { } size and >= 0 ? (ulong)size : null,
            Share = p.GetBool("share"),
            Discard = p.GetBool("discard-data"),
            Prealloc = p.GetBool("prealloc") == true,
            PreallocThreads = p.GetInt64("prealloc-threads") is { } t and > 0 and <= int.MaxValue ? (int)t : null,
            HostNodes = NodeList(p, "host-nodes"),
            Policy = p.GetString("policy"),
            AlignBytes = p.GetInt64("align") is { } align and > 0 ? (ulong)align : null,
            Pmem = p.GetBool("pmem") == true,
        };
        AcceptThreadContext(backend, reading, ctx);
        ctx.IgnoreProperties(backend.Option, p, Understood);

        if (kind == "memfd" && p.GetBool("hugetlb") == true)
        {
            var bytes = p.GetInt64("hugetlbsize");
            return reading with { Hugepages = true, PageSizeKiB = bytes is > 0 ? (ulong)bytes / 1024 : null };
        }

        if (kind != "file" || p.GetString("mem-path") is not { } path)
        {
            return reading;
        }

        return MemoryBackendPath.Read(path, domainName) switch
        {
            { Kind: MemoryBackendPathKind.Hugetlbfs } m => reading with { Hugepages = true, PageSizeKiB = m.PageSizeKiB },
            { Kind: MemoryBackendPathKind.BackingDir } => reading,
            _ => reading with { UserPath = path },
        };
    }

    // host-nodes and node-affinity are lists: JSON numbers, or keyval host-nodes=0-3 (repeatable).
    private static List<int>? NodeList(PropertyBag p, string key)
    {
        var nodes = new SortedSet<int>();
        foreach (var v in p.GetAll(key))
        {
            var text = v switch
            {
                NumberValue n => n.Raw,
                StringValue s => s.Value,
                _ => null,
            };
            foreach (var n in NodeSet.Parse(text) ?? [])
            {
                nodes.Add(n);
            }
        }

        return nodes.Count == 0 ? null : [.. nodes];
    }

    /// <summary>
    /// libvirt adds a thread-context object (<c>tc-ID</c>, node-affinity = the backend's host-nodes) so the
    /// preallocation threads run on the bound host nodes; it is derived, not written in XML.
    /// </summary>
    private static void AcceptThreadContext(Backend backend, MemoryBackendReading reading, LiftContext ctx)
    {
        if (backend.Properties.GetEntry("prealloc-context") is not { } entry || backend.Properties.GetString("prealloc-context") is not { } id
            || ctx.Resolve("object", id, entry.Value.Span) is not { } tc)
        {
            return;
        }

        var affinity = NodeList(tc.Properties, "node-affinity") ?? [];
        if (tc.Properties.GetString("qom-type") != "thread-context" || !affinity.SequenceEqual(reading.HostNodes ?? []))
        {
            ctx.Warning(LiftCodes.IgnoredProperty, entry.KeySpan, $"-object '{backend.Id}': prealloc-context '{id}' is not the thread context libvirt derives from host-nodes; not carried into domain XML");
        }

        ctx.IgnoreProperties(tc.Option, tc.Properties, "qom-type", "id", "node-affinity");
    }
}
