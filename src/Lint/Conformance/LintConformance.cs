using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Conformance;

/// <summary>
/// Checks the linter against a corpus directory with a VERDICTS.tsv (file, schema verdict of
/// libvirt's RelaxNG, libvirt parser verdict). Expectations: every schema-invalid file gets an
/// error; libvirt parse errors should get an error (at least 90%); files valid for both get none.
/// </summary>
public sealed class LintConformance
{
    public const double ParseErrorTarget = 0.90;

    public sealed record Case(string File, bool SchemaValid, bool ParseOk);

    public sealed record Outcome(Case Case, FileReport Report)
    {
        public bool HasError => Report.HasAtLeast(Severity.Error);

        /// <summary>A file passes when it gets an error exactly when libvirt rejects it one way or the other.</summary>
        public bool Passed => HasError == (!Case.SchemaValid || !Case.ParseOk);
    }

    public static IReadOnlyList<Case> ReadVerdicts(string directory)
    {
        var cases = new List<Case>();
        foreach (var line in File.ReadLines(Path.Combine(directory, "VERDICTS.tsv")).Skip(1))
        {
            var cols = line.Split('\t');
            if (cols.Length >= 3)
            {
                cases.Add(new Case(cols[0], cols[1] == "valid", cols[2] == "ok"));
            }
        }

        return cases;
    }

    public static IReadOnlyList<Outcome> Run(string directory, Linter linter)
    {
        var cases = ReadVerdicts(directory);
        var reports = LintRun.Run(linter, [.. cases.Select(c => Path.Combine(directory, c.File))]);
        return [.. cases.Zip(reports, (c, r) => new Outcome(c, r))];
    }

    public sealed record Summary(int Invalid, int InvalidFlagged, int ParseErrors, int ParseErrorsFlagged, int Clean, int CleanWithErrors)
    {
        public bool Accepted => InvalidFlagged == Invalid && CleanWithErrors == 0
            && (ParseErrors == 0 || ParseErrorsFlagged >= ParseErrorTarget * ParseErrors);
    }

    public static Summary Summarize(IReadOnlyList<Outcome> outcomes)
    {
        var invalid = outcomes.Where(o => !o.Case.SchemaValid).ToList();
        var parse = outcomes.Where(o => o.Case.SchemaValid && !o.Case.ParseOk).ToList();
        var clean = outcomes.Where(o => o.Case.SchemaValid && o.Case.ParseOk).ToList();
        return new Summary(invalid.Count, invalid.Count(o => o.HasError), parse.Count, parse.Count(o => o.HasError),
            clean.Count, clean.Count(o => o.HasError));
    }
}
