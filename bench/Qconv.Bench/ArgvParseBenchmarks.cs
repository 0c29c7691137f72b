using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Qconv.Compiler.Argv;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Bench;

/// <summary>
/// Parses every .args file of the shared corpora (libvirt-9.0 conv and libvirt-argv2xml) per
/// operation: lexing, parsing, AST building and keyval/JSON property reading. The "Per line" column
/// divides the mean by the number of command lines (target for all of from-native: under 0.2 ms).
/// Run: dotnet run -c Release --project bench/Qconv.Bench -- --filter '*ArgvParse*' --job short --iterationCount 20
/// (three iterations of the plain short job are too few on a shared machine).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerLineConfig))]
public class ArgvParseBenchmarks
{
    private (string Name, string Text)[] _files = [];

    [GlobalSetup]
    public void Setup() => _files = ArgvCorpus.Load();

    [Benchmark]
    public int ParseCorpus()
    {
        var options = 0;
        foreach (var (name, text) in _files)
        {
            options += ArgvParser.Parse(text, name, new DiagnosticBag()).Options.Length;
        }

        return options;
    }

    private sealed class PerLineConfig : ManualConfig
    {
        public PerLineConfig() => AddColumn(new PerLineColumn());
    }

    /// <summary>Mean time divided by the number of command lines in the corpora.</summary>
    private sealed class PerLineColumn : IColumn
    {
        private static readonly Lazy<int> Count = new(() => ArgvCorpus.Load().Length);

        public string Id => nameof(PerLineColumn);

        public string ColumnName => "Per line";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Statistics;

        public int PriorityInCategory => 10;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Time;

        public string Legend => "Mean / number of corpus command lines";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is { } ns && Count.Value > 0 ? $"{ns / Count.Value / 1000:0.00} μs ({Count.Value} lines)" : "NA";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
