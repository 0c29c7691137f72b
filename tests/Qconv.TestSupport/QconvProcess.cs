using System.Diagnostics;

namespace Qconv.TestSupport;

/// <summary>Runs the real qconv binary (copied beside the test assembly) as a separate process.</summary>
public static class QconvProcess
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static Result Run(IEnumerable<string> args, string? stdin = null, IDictionary<string, string>? env = null, string? workingDirectory = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "qconv.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepoPaths.Root,
        };
        psi.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        if (env is not null)
        {
            foreach (var (k, v) in env)
            {
                psi.Environment[k] = v;
            }
        }

        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start qconv");
        var stdoutTask = p.StandardOutput.ReadToEndAsync();
        var stderrTask = p.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            p.StandardInput.Write(stdin);
        }

        p.StandardInput.Close();
        if (!p.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("qconv did not finish in 2 minutes");
        }

        return new Result(p.ExitCode, stdoutTask.GetAwaiter().GetResult(), stderrTask.GetAwaiter().GetResult());
    }
}
