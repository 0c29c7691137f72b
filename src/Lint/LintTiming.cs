using System.Diagnostics;

namespace Qconv.Lint;

/// <summary>
/// Phase marks for profiling a lint run (QCONV_LINT_TIMING=1): wall time since the process started and
/// the process's CPU time so far, on stderr. Off by default; the check is one static bool.
/// </summary>
public static class LintTiming
{
    public static readonly bool Enabled = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("QCONV_LINT_TIMING"));

    public static void Mark(string phase)
    {
        if (Enabled)
        {
            Write(phase);
        }
    }

    private static readonly long[] Totals = new long[8];

    /// <summary>Adds Stopwatch ticks to a per-file phase total (0 parse, 1 schema, 2 rules, 3 filter).</summary>
    public static void Add(int phase, long ticks) => Interlocked.Add(ref Totals[phase], ticks);

    private static int _finished;

    public static void AddFile(long schema, long rules)
    {
        var early = Interlocked.Increment(ref _finished) <= 100;
        Add(early ? 5 : 1, schema);
        Add(early ? 6 : 2, rules);
    }

    public static void MarkTotals()
    {
        if (Enabled)
        {
            Write(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"per-file sums: parse {Ms(0):F1} ms, schema {Ms(1):F1} ms, rules {Ms(2):F1} ms, filter {Ms(3):F1} ms; first 100 files: schema {Ms(5):F1} rules {Ms(6):F1}"));
        }
    }

    private static double Ms(int phase) => Totals[phase] * 1000.0 / Stopwatch.Frequency;

    private static void Write(string phase)
    {
        using var process = Process.GetCurrentProcess();
        var wall = (DateTime.Now - process.StartTime).TotalMilliseconds;
        Console.Error.WriteLine($"[lint-timing] wall {wall,6:F1} ms  cpu {process.TotalProcessorTime.TotalMilliseconds,6:F1} ms  jit {System.Runtime.JitInfo.GetCompiledMethodCount()} methods {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,5:F1} ms  gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} alloc {GC.GetTotalAllocatedBytes() / 1048576} MB pause {GC.GetTotalPauseDuration().TotalMilliseconds:F1} ms  {phase}");
    }
}
