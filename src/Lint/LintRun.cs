using System.Runtime.ExceptionServices;

namespace Qconv.Lint;

/// <summary>Lints many files on all cores and returns the reports in input order.</summary>
public static class LintRun
{
    /// <param name="progress">Called once per finished file (from worker threads).</param>
    public static IReadOnlyList<FileReport> Run(Linter linter, IReadOnlyList<string> files, Action? progress = null)
    {
        // Workers parse their first files while the schema is read; they wait for it only to validate.
        Schema.DomainSchema.Warm();
        var results = new FileReport?[files.Count];
        var next = -1;
        ExceptionDispatchInfo? failure = null;

        // One worker per core, the calling thread included, each taking the next file: plain threads
        // rather than Parallel.For, whose generic machinery is compiled at run time in a process this short.
        void Work()
        {
            try
            {
                int i;
                while (failure is null && (i = Interlocked.Increment(ref next)) < files.Count)
                {
                    results[i] = linter.LintFile(files[i]);
                    if (i == 0)
                    {
                        LintTiming.Mark("first file linted");
                    }

                    progress?.Invoke();
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
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
