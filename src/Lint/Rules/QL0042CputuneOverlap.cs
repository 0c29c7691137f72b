using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>Scheduler settings for overlapping vCPU or I/O thread sets (formatdomain.html, "CPU Tuning").</summary>
public sealed class QL0042CputuneOverlap : IRule
{
    public string Id => "QL0042";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "Scheduler settings overlap";

    public string Description => "Each vCPU (and each I/O thread) can have one scheduler policy. Two <vcpusched> (or <iothreadsched>) "
        + "elements whose sets share a member are contradictory, and libvirt refuses them.";

    public string Fix => "Split the sets so that every vCPU or I/O thread appears in at most one element.";

    public void Check(LintContext context)
    {
        if (context.Root.Child("cputune") is not { } cputune)
        {
            return;
        }

        foreach (var (element, attribute) in new[] { ("vcpusched", "vcpus"), ("iothreadsched", "iothreads") })
        {
            // A list: the sets are a few ids, and HashSet<int> would be compiled at run time.
            var seen = new List<int>();
            foreach (var sched in cputune.Elements(element))
            {
                if (XmlFacts.NodeSet(sched.Attr(attribute)) is { } set && Overlaps(set, seen))
                {
                    context.Report(sched, $"<{element}> {attribute}='{sched.Attr(attribute)}' overlaps an earlier <{element}>");
                }
            }
        }
    }

    /// <summary>Adds the members to <paramref name="seen"/>; true when one was there already.</summary>
    private static bool Overlaps(NodeSet set, List<int> seen)
    {
        var overlap = false;
        foreach (var i in set.Members)
        {
            if (seen.Contains(i))
            {
                overlap = true;
            }
            else
            {
                seen.Add(i);
            }
        }

        return overlap;
    }
}
