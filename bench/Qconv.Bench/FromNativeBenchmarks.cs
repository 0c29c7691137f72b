using BenchmarkDotNet.Attributes;
using Qconv.Compiler.FromNative;

namespace Qconv.Bench;

/// <summary>
/// from-native (parse, lift, post-lift steps, XML writing) of every .args file of the shared
/// corpora per operation; divide the mean by the number of command lines (printed by
/// <see cref="Lines"/>, 362 with today's corpora) for the per-line figure (target: under 0.2 ms).
/// Run: dotnet run -c Release --project bench/Qconv.Bench -- --filter '*FromNative*' --job short
/// On a shared, loaded machine the mean mostly measures the other processes; Min and Median are
/// shown as well (a run's fastest operation is the closest to the code's own cost).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class FromNativeBenchmarks
{
    private (string Name, string Text)[] _files = [];

    [GlobalSetup]
    public void Setup()
    {
        _files = ArgvCorpus.Load();
        Console.WriteLine($"// from-native corpus: {Lines} command lines");
    }

    public int Lines => _files.Length;

    [Benchmark]
    public int FromNativeCorpus()
    {
        var chars = 0;
        foreach (var (name, text) in _files)
        {
            chars += FromNativeCompiler.Compile(text, name).Xml?.Length ?? 0;
        }

        return chars;
    }
}
