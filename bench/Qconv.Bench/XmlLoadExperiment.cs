using System.Diagnostics;
using System.Xml;
using System.Xml.Linq;

namespace Qconv.Bench;

internal static class XmlLoadExperiment
{
    public static void Run()
    {
        var corpus = BenchPaths.Corpus("libvirt-9.0");
        var xmls = Directory.GetFiles(Path.Combine(corpus, "conv"), "*.xml").Take(328).Select(File.ReadAllText).ToArray();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, MaxCharactersFromEntities = 0 };
        var nt = new NameTable();
        var settingsNt = settings.Clone();
        settingsNt.NameTable = nt;
        var settingsNoCheck = settings.Clone();
        settingsNoCheck.IgnoreComments = true;
        void Time(string label, Action<string> a)
        {
            for (var w = 0; w < 5; w++) foreach (var x in xmls) a(x);
            var sw = Stopwatch.StartNew();
            const int n = 20;
            for (var w = 0; w < n; w++) foreach (var x in xmls) a(x);
            Console.WriteLine($"{label,-30} {sw.Elapsed.TotalMilliseconds / n / xmls.Length:F4} ms");
        }

        for (var rep = 0; rep < 4; rep++)
        {
            Time("reader only", x => { using var r = XmlReader.Create(new StringReader(x), settings); while (r.Read()) { if (r.MoveToFirstAttribute()) { do { _ = r.Value; } while (r.MoveToNextAttribute()); } } });
            Time("xdoc no lineinfo", x => { using var r = XmlReader.Create(new StringReader(x), settings); XDocument.Load(r); });
            Time("xdoc lineinfo", x => { using var r = XmlReader.Create(new StringReader(x), settings); XDocument.Load(r, LoadOptions.SetLineInfo); });
            Time("xdoc lineinfo shared nt", x => { using var r = XmlReader.Create(new StringReader(x), settingsNt); XDocument.Load(r, LoadOptions.SetLineInfo); });
            Time("xdoc lineinfo nocomments", x => { using var r = XmlReader.Create(new StringReader(x), settingsNoCheck); XDocument.Load(r, LoadOptions.SetLineInfo); });
            Time("XDocument.Parse lineinfo", x => XDocument.Parse(x, LoadOptions.SetLineInfo));
        }
    }
}
