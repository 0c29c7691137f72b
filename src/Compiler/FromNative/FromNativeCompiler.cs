using Qconv.Compiler.Argv;
using Qconv.Compiler.Argv.Lifters;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.DomainXml.Writers;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.FromNative;

/// <summary>The lifted domain (null when there were errors) and every diagnostic.</summary>
public sealed record FromNativeResult(Domain? Domain, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Success => Domain is not null;

    public string? Xml => Domain is null ? null : DomainXmlWriter.Write(Domain);
}

/// <summary>
/// QEMU command line → argv AST → lifters → post-lift steps → domain IR: the whole of
/// <c>qconv from-native</c>, free of I/O so tests and benchmarks call it directly.
/// </summary>
public static class FromNativeCompiler
{
    public static FromNativeResult Compile(string text, string fileName, FromNativeOptions? options = null)
    {
        var bag = new DiagnosticBag();
        var commandLine = ArgvParser.Parse(text, fileName, bag);
        if (bag.HasErrors)
        {
            return new FromNativeResult(null, bag);
        }

        return Compile(commandLine, options ?? new FromNativeOptions(), bag);
    }

    public static FromNativeResult Compile(ArgvCommandLine commandLine, FromNativeOptions options, DiagnosticBag bag)
    {
        var liftOptions = new LiftOptions { Host = options.Host, FdGroups = options.FdGroups, ReadMasterKey = options.ReadMasterKey };
        if (options.Libvirt2019Defaults)
        {
            liftOptions = liftOptions with { DefaultVideoModel = "cirrus" };
        }

        var domain = ArgvLifter.Lift(commandLine, bag, liftOptions);
        if (bag.HasErrors)
        {
            return new FromNativeResult(null, bag);
        }

        var span = commandLine.Binary?.Span ?? SourceSpan.WholeFile(commandLine.File);
        domain = IdentityStep.Run(domain, options, span, bag);
        domain = options.Libvirt2019Defaults ? Libvirt2019Defaults.Run(domain) : CanonicalStep.Run(domain, commandLine);
        return new FromNativeResult(domain, bag);
    }
}
