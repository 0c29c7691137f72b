using System.Runtime.ExceptionServices;

namespace Qconv.Lint;

/// <summary>Lints many files on all cores and returns the reports in input order.</summary>
public static class LintRun
{
    /// <param name="progress">Called once per finished file (from worker threads).</param>
    public static IReadOnlyList<FileReport> Run(Linter linter, IReadOnlyList<string> files, Action? progress = null)
    {
        // The schema compiles on a thread of its own while the workers read their first files.
        Schema.DomainSchema.Warm();
        var results = new FileReport?[files.Count];
        var next = -1;
        ExceptionDispatchInfo? failure = null;

        // One worker per core, the calling thread included, each taking the next file: plain threads
        // rather than Parallel.For, whose generic machinery is compiled at run time in a process this short.
        // While the schema is still compiling, a worker parses the files it takes and keeps them; it
        // validates them once the schema is there, instead of waiting for it with the first file.
        void Work()
        {
            // A list of files rather than of (index, file) tuples: no generic instantiation to compile at run time.
            List<Linter.ParsedFile>? early = null;
            List<int>? earlyIndexes = null;
            try
            {
                int i;
                while (failure is null && (i = Interlocked.Increment(ref next)) < files.Count)
                {
                    if (!Schema.DomainSchema.IsReady)
                    {
                        if (linter.Parse(files[i]) is { } parsed)
                        {
                            (early ??= []).Add(parsed);
                            (earlyIndexes ??= []).Add(i);
                        }
                        else
                        {
                            progress?.Invoke();
                        }

                        continue;
                    }

                    FinishEarly(early, earlyIndexes);
                    (early, earlyIndexes) = (null, null);
                    results[i] = linter.LintFile(files[i]);
                    progress?.Invoke();
                }

                FinishEarly(early, earlyIndexes);
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
            }
        }

        void FinishEarly(List<Linter.ParsedFile>? early, List<int>? indexes)
        {
            for (var k = 0; early is not null && indexes is not null && k < early.Count; k++)
            {
                results[indexes[k]] = linter.Finish(early[k]);
                progress?.Invoke();
            }
        }

        var helpers = new Thread[Math.Max(0, Math.Min(Environment.ProcessorCount, files.Count) - 1)];
        for (var t = 0; t < helpers.Length; t++)
        {
            helpers[t] = new Thread(Work) { IsBackground = true, Name = "qconv-lint" };
            helpers[t].Start();
        }

        Work();
        foreach (var t in helpers)
        {
            t.Join();
        }

        failure?.Throw();
        var reports = new List<FileReport>(files.Count);
        foreach (var r in results)
        {
            if (r is not null)
            {
                reports.Add(r);
            }
        }

        return reports;
    }
}
