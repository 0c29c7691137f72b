using System.Diagnostics;
using Qconv.Compiler.Caps;
using Qconv.Compiler.Config;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.DomainXml;
using Qconv.Compiler.Host;
using Qconv.Compiler.Native;
using Qconv.Compiler.Passes;
using Qconv.Compiler.ToNative;

namespace Qconv.Bench;

/// <summary>
/// Exploration aid, not a benchmark (`dotnet run -c Release --project bench/Qconv.Bench -- profile [rounds]`):
/// times XML loading, the readers, each pass and each emitter with a Stopwatch over warm rounds of the 9.0
/// corpus and keeps each part's fastest round, which on a shared machine is steadier than a mean. Published
/// figures come from <see cref="ToNativeBenchmarks"/>.
/// </summary>
internal static class ToNativeProfile
{
    private static readonly string[] FixedLabels = ["whole Compile", "xml load", "readers"];

    public static void Run(int rounds)
    {
        var corpus = BenchPaths.Corpus("libvirt-9.0");
        var caps = QemuCaps.Read(Path.Combine(corpus, "caps", "caps_8.0.0.x86_64.xml"), new DiagnosticBag())
            ?? throw new InvalidOperationException("caps");
        var guests = File.ReadLines(Path.Combine(corpus, "conv", "MANIFEST.tsv")).Skip(1)
            .Select(l => l.Split('\t')[0])
            .Select(n => (Name: n, Xml: File.ReadAllText(Path.Combine(corpus, "conv", n + ".xml"))))
            .ToArray();
        var config = new DriverConfig();
        var host = new LibvirtTestHost();
        var passes = PassPipeline.ToNative;
        var emitters = EmitterPipeline.Ordered;

        // Slots: 0 whole Compile, 1 XML load, 2 readers, then passes, then emitters.
        const int p0 = 3;
        var e0 = p0 + passes.Count;
        var labels = FixedLabels
            .Concat(passes.Select(p => p.Name)).Concat(emitters.Select(e => e.GetType().Name)).ToArray();
        var best = Enumerable.Repeat(long.MaxValue, labels.Length).ToArray();
        var round = new long[labels.Length];
        var alloc = new long[labels.Length];
        var sw = new Stopwatch();
        long bytes = 0;
        var bestSplitWall = long.MaxValue;
        var totalCpu = 0.0;
        using var process = Process.GetCurrentProcess();

        for (var r = 0; r < rounds; r++)
        {
            Array.Clear(round);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpu0 = process.TotalProcessorTime;
            var whole = Stopwatch.StartNew();
            foreach (var (name, xml) in guests)
            {
                ToNativeCompiler.Compile(new CompileRequest(xml, name, caps, config, host));
            }

            round[0] = whole.ElapsedTicks;
            process.Refresh();
            totalCpu += (process.TotalProcessorTime - cpu0).TotalMilliseconds;
            Array.Clear(alloc);
            bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            var splitWall = Stopwatch.StartNew();
            foreach (var (name, xml) in guests)
            {
                Split(name, xml);
            }

            bestSplitWall = Math.Min(bestSplitWall, splitWall.ElapsedTicks);

            for (var i = 0; i < labels.Length; i++)
            {
                best[i] = Math.Min(best[i], round[i]);
            }
        }

        double PerGuest(long ticks) => ticks * 1000.0 / Stopwatch.Frequency / guests.Length;
        Console.WriteLine($"load {File.ReadAllText("/proc/loadavg").Trim()}; {guests.Length} guests, best of {rounds} rounds; ms per guest; {bytes / guests.Length / 1024.0:F1} KB allocated per guest");
        Console.WriteLine($"whole Compile {PerGuest(best[0]):F4} wall, {totalCpu / rounds / guests.Length:F4} process CPU (mean); split loop wall {PerGuest(bestSplitWall):F4}");
        double Kb(long b) => b / 1024.0 / guests.Length;
        Console.WriteLine($"xml load {PerGuest(best[1]):F4}  readers {PerGuest(best[2]):F4}  passes {PerGuest(best[p0..e0].Sum()):F4}  emitters {PerGuest(best[e0..].Sum()):F4}");
        Console.WriteLine($"KB per guest: xml load {Kb(alloc[1]):F1}  readers {Kb(alloc[2]):F1}  passes {Kb(alloc[p0..e0].Sum()):F1}  emitters {Kb(alloc[e0..].Sum()):F1}");
        foreach (var i in Enumerable.Range(p0, labels.Length - p0).OrderByDescending(i => best[i]).Take(20))
        {
            Console.WriteLine($"  {labels[i],-28} {PerGuest(best[i]):F4} ms {Kb(alloc[i]),6:F1} KB");
        }

        long Account(int slot, long since)
        {
            var now = GC.GetAllocatedBytesForCurrentThread();
            alloc[slot] += now - since;
            return now;
        }

        void Split(string name, string xml)
        {
            var bag = new DiagnosticBag();
            var a0 = GC.GetAllocatedBytesForCurrentThread();
            sw.Restart();
            var doc = XmlInput.Load(xml, name, bag);
            round[1] += sw.ElapsedTicks;
            a0 = Account(1, a0);
            sw.Restart();
            var domain = doc?.Root is { } root ? DomainXmlReader.Read(root, new XmlReadContext(name, bag)) : null;
            round[2] += sw.ElapsedTicks;
            a0 = Account(2, a0);
            if (domain is null || bag.HasErrors || !caps.Has(QemuCap.Device))
            {
                return;
            }

            var ctx = new CompilationContext(caps, config, host, bag, name);
            for (var i = 0; i < passes.Count && !bag.HasErrors; i++)
            {
                sw.Restart();
                domain = passes[i].Run(domain, ctx);
                round[p0 + i] += sw.ElapsedTicks;
                a0 = Account(p0 + i, a0);
            }

            if (bag.HasErrors)
            {
                return;
            }

            var emit = new EmitContext(domain, ctx);
            for (var i = 0; i < emitters.Count; i++)
            {
                sw.Restart();
                emitters[i].Emit(emit);
                round[e0 + i] += sw.ElapsedTicks;
                a0 = Account(e0 + i, a0);
            }
        }
    }
}
