using BenchmarkDotNet.Attributes;
using Qconv.Compiler.Caps;
using Qconv.Compiler.Config;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.Host;
using Qconv.Compiler.ToNative;

namespace Qconv.Bench;

/// <summary>
/// to-native in process: one typical guest, and every guest of the libvirt 9.0 corpus per
/// operation (divide by <see cref="CorpusSize"/> for the per-guest figure; target &lt; 0.1 ms).
/// Inputs are read once in setup so only compilation is measured.
/// </summary>
[MemoryDiagnoser]
public class ToNativeBenchmarks
{
    private QemuCaps _caps = null!;
    private (string Name, string Xml)[] _guests = [];
    private string _typical = string.Empty;

    public static int CorpusSize { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var corpus = BenchPaths.Corpus("libvirt-9.0");
        _caps = QemuCaps.Read(Path.Combine(corpus, "caps", "caps_8.0.0.x86_64.xml"), new DiagnosticBag())
            ?? throw new InvalidOperationException("caps");
        _guests = File.ReadLines(Path.Combine(corpus, "conv", "MANIFEST.tsv")).Skip(1)
            .Select(l => l.Split('\t')[0])
            .Select(n => (n, File.ReadAllText(Path.Combine(corpus, "conv", n + ".xml"))))
            .ToArray();
        CorpusSize = _guests.Length;
        _typical = File.ReadAllText(Path.Combine(corpus, "conv", "disk-cache.xml"));
        Console.WriteLine($"// corpus guests per op: {CorpusSize}");
    }

    [Benchmark]
    public int OneGuest() => Compile("disk-cache.xml", _typical);

    [Benchmark]
    public int WholeCorpus()
    {
        var n = 0;
        foreach (var (name, xml) in _guests)
        {
            n += Compile(name, xml);
        }

        return n;
    }

    private int Compile(string name, string xml)
    {
        var r = ToNativeCompiler.Compile(new CompileRequest(xml, name, _caps, new DriverConfig(), new LibvirtTestHost()));
        return r.CommandLine?.Args.Count ?? 0;
    }
}
