using Qconv.Compiler.Ir;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Argv.Lifters.Memory;

/// <summary>
/// &lt;memoryBacking&gt;&lt;hugepages&gt; from the guest RAM backends (the inverse of
/// MemoryBackendProps.HugepageFor): one &lt;page&gt; without a nodeset when all guest memory uses the
/// same page size, else a &lt;page nodeset=&gt; per size for the cells that use it. A size the command
/// line does not tell (a mount not named after its size) is the host's default huge page size, which
/// only a bare &lt;hugepages/&gt; can say.
/// </summary>
public static class HugepagePlan
{
    public static MemoryBacking Apply(MemoryBacking backing, List<(MemoryBackendUse Use, MemoryBackendReading Reading)> guest, LiftContext ctx)
    {
        var huge = guest.Where(u => u.Reading.Hugepages).ToList();
        if (huge.Count == 0)
        {
            return backing;
        }

        var sizes = huge.Select(u => u.Reading.PageSizeKiB).Distinct().ToList();
        if (huge.Count == guest.Count && sizes is [var only])
        {
            return backing with { Hugepages = true, Pages = only is { } kib ? [new HugePage(kib, null)] : [] };
        }

        var pages = new List<HugePage>();
        foreach (var size in sizes)
        {
            var cells = huge.Where(u => u.Reading.PageSizeKiB == size && u.Use.CellId is not null).Select(u => u.Use.CellId!.Value).Order().ToList();
            if (size is { } kib)
            {
                pages.Add(new HugePage(kib, string.Join(',', NodeSet.Ranges(cells))));
            }
            else
            {
                foreach (var u in huge.Where(u => u.Reading.PageSizeKiB is null))
                {
                    ctx.Warning(LiftCodes.IgnoredProperty, u.Use.Backend.Option.Span, $"-object '{u.Use.Backend.Id}': the huge page size of this mount is not known, and differs from other cells; not carried into domain XML");
                }
            }
        }

        return pages.Count == 0 ? backing : backing with { Hugepages = true, Pages = pages.ToEquatableArray() };
    }

    /// <summary>
    /// The page size a memory device at guest node <paramref name="node"/> gets without its own
    /// &lt;pagesize&gt; (as MemoryBackendProps.HugepageFor): (false, _) for none, (true, null) for the default size.
    /// </summary>
    public static (bool Huge, ulong? SizeKiB) Inherited(MemoryBacking? backing, int? node)
    {
        if (backing is not { Hugepages: true })
        {
            return (false, null);
        }

        if (backing.Pages.IsEmpty)
        {
            return (true, null);
        }

        var page = backing.Pages.FirstOrDefault(p => p.NodeSet is not null && node is { } n && NodeSet.Parse(p.NodeSet)?.Contains(n) == true)
            ?? backing.Pages.FirstOrDefault(p => p.NodeSet is null);
        return page is null ? (false, null) : (true, page.SizeKiB == 0 ? null : page.SizeKiB);
    }
}
