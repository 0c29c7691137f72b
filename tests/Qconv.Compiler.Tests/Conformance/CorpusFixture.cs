using Qconv.Compiler.Conformance;
using Qconv.Compiler.Diagnostics;
using Qconv.TestSupport;
using Xunit;

namespace Qconv.Compiler.Tests.Conformance;

/// <summary>Loads the shared corpus once for the conformance tests.</summary>
public sealed class CorpusFixture
{
    public CorpusFixture()
    {
        var bag = new DiagnosticBag();
        Corpus = ToNativeCorpus.Load(RepoPaths.Corpus("libvirt-9.0"), bag) ?? throw new InvalidOperationException(string.Join("\n", bag));
        LoadDiagnostics = bag;
    }

    public ToNativeCorpus Corpus { get; }

    public DiagnosticBag LoadDiagnostics { get; }
}

[CollectionDefinition("corpus")]
public sealed class CorpusCollection : ICollectionFixture<CorpusFixture>;
