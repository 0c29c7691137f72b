using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// One step of libvirt's post-parse normalisation (defaults, aliases, addresses, validation).
/// Each pass is a pure function of the domain and context, testable alone against *.out.xml.
/// </summary>
public interface IDomainPass
{
    string Name { get; }

    Domain Run(Domain domain, CompilationContext ctx);
}
