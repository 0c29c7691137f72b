using Qconv.Compiler.Caps;
using Qconv.Compiler.Config;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.DomainXml;
using Qconv.Compiler.DomainXml.Writers;
using Qconv.Compiler.Host;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Normalize;

/// <summary>The normalized XML (null when there were errors), the normalized domain, and all diagnostics.</summary>
public sealed record NormalizeResult(string? Xml, Domain? Normalized, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Success => Xml is not null;
}

/// <summary>
/// domain XML → IR → libvirt's post-parse passes → canonical inactive XML: the whole of
/// <c>qconv normalize</c>, free of I/O so the CLI, the conformance runner and tests share it.
/// </summary>
public static class Normalizer
{
    public static NormalizeResult Normalize(string domainXml, string fileName, QemuCaps caps, DriverConfig config, IHost host)
    {
        var bag = new DiagnosticBag();
        var domain = DomainXmlReader.Read(domainXml, fileName, bag);
        if (domain is null || bag.HasErrors)
        {
            return new NormalizeResult(null, domain, bag);
        }

        var normalized = PassPipeline.Run(domain, new CompilationContext(caps, config, host, bag, fileName));
        return bag.HasErrors
            ? new NormalizeResult(null, normalized, bag)
            : new NormalizeResult(DomainXmlWriter.Write(normalized), normalized, bag);
    }
}
