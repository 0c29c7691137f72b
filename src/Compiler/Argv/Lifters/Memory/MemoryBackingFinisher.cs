using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Memory;

/// <summary>
/// Reads every memory backend object together, once all options are lifted, and writes what they
/// say where libvirt's XML keeps it (the inverse of to-native's MemoryBackendProps): guest-wide
/// &lt;memoryBacking&gt; (huge pages per cell, source type, access, allocation) and &lt;numatune&gt;,
/// per cell memAccess/discard, and per memory device access, discard and &lt;source&gt;. A setting
/// every backend shares is written once guest-wide, as a user would; one that differs goes on the
/// cell or device it belongs to.
/// </summary>
public static class MemoryBackingFinisher
{
    public static void Finish(LiftContext ctx)
    {
        var state = ctx.State<MemoryBackendUses>();
        var uses = state.Uses.Select(u => (Use: u, Reading: MemoryBackendReading.Read(u.Backend, ctx.Domain.Name, ctx))).ToList();
        var guest = uses.Where(u => u.Use.Device is null).ToList();

        var backing = ctx.Domain.Memory.Backing ?? new MemoryBacking();
        backing = HugepagePlan.Apply(backing, guest, ctx);
        backing = backing with { SourceType = SourceType(guest, ctx) ?? backing.SourceType };

        var shares = uses.Select(u => u.Reading.Share).Distinct().ToList();
        var sharedOnce = false;
        if (shares is [{ } share])
        {
            sharedOnce = true;
            backing = backing with { AccessMode = Access(share) };
        }

        if (state.MemPrealloc || uses.Any(u => (u.Reading.Prealloc || u.Use.DevicePrealloc) && !PreallocImplied(u.Use, u.Reading)))
        {
            backing = backing with { AllocationMode = "immediate" };
        }

        if (uses.Select(u => u.Reading.PreallocThreads).FirstOrDefault(t => t is not null) is { } threads)
        {
            backing = backing with { AllocationThreads = threads };
        }

        var system = guest.FirstOrDefault(u => u.Use.CellId is null);
        if (system.Reading is { } sys)
        {
            backing = backing with { Discard = sys.Discard == true, AccessMode = Access(sys.Share) ?? backing.AccessMode };
        }

        ctx.Domain = ctx.Domain with
        {
            Memory = ctx.Domain.Memory with
            {
                Backing = backing == new MemoryBacking() ? ctx.Domain.Memory.Backing : backing,
                NumaTune = NumaTunePlan.Build(guest) ?? ctx.Domain.Memory.NumaTune,
            },
        };
        UpdateCells(ctx, guest, sharedOnce);
        foreach (var (use, reading) in uses)
        {
            if (use.Device is { } device)
            {
                ctx.ReplaceDevice(device, MemoryDeviceSource.Apply(device, reading, sharedOnce, ctx));
            }
        }
    }

    /// <summary>libvirt preallocates huge pages, and NVDIMMs that are not real persistent memory, without being asked.</summary>
    private static bool PreallocImplied(MemoryBackendUse use, MemoryBackendReading r) =>
        r.Hugepages || (use.Device is { IsNvdimm: true } && !r.Pmem);

    private static string? Access(bool? share) => share is { } s ? (s ? "shared" : "private") : null;

    /// <summary>
    /// &lt;source type&gt;: memfd for memory-backend-memfd; file for a file backend that neither huge pages
    /// nor an access mode explain (libvirt then puts it in memory_backing_dir).
    /// </summary>
    private static string? SourceType(List<(MemoryBackendUse Use, MemoryBackendReading Reading)> guest, LiftContext ctx)
    {
        if (guest.Any(u => u.Reading.Kind == "memfd"))
        {
            return "memfd";
        }

        foreach (var (use, reading) in guest.Where(u => u.Reading.UserPath is not null))
        {
            ctx.Warning(LiftCodes.IgnoredProperty, use.Backend.Option.Span, $"-object '{use.Backend.Id}': guest RAM in a file of the user's choice has no domain XML form; libvirt picks the file (memory_backing_dir)");
        }

        return guest.Any(u => u.Reading is { Kind: "file", Hugepages: false, Share: null }) ? "file" : null;
    }

    private static void UpdateCells(LiftContext ctx, List<(MemoryBackendUse Use, MemoryBackendReading Reading)> guest, bool sharedOnce)
    {
        if (ctx.Domain.Cpu is not { } cpu)
        {
            return;
        }

        var cells = cpu.NumaCells;
        foreach (var (use, reading) in guest)
        {
            var at = cells.Select((c, i) => (c, i)).FirstOrDefault(x => (x.c.Id ?? x.i) == use.CellId, (null!, -1)).Item2;
            if (at >= 0)
            {
                cells = cells.SetItem(at, cells[at] with
                {
                    MemAccess = sharedOnce ? null : Access(reading.Share),
                    Discard = reading.Kind == "file" ? reading.Discard : null,
                });
            }
        }

        ctx.Domain = ctx.Domain with { Cpu = cpu with { NumaCells = cells } };
    }
}
