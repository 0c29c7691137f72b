using Qconv.Compiler.Caps;
using Qconv.Compiler.Config;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.DomainXml;
using Qconv.Compiler.Host;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native;
using Qconv.Compiler.Native.Legacy;
using Qconv.Compiler.Passes;

namespace Qconv.Compiler.ToNative;

/// <summary>What to compile and against which QEMU, configuration and host.</summary>
public sealed record CompileRequest(string DomainXml, string FileName, QemuCaps Caps, DriverConfig Config, IHost Host);

/// <summary>The command line (null when there were errors), the normalized domain, and all diagnostics.</summary>
public sealed record CompileResult(CommandLine? CommandLine, Domain? Normalized, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Success => CommandLine is not null;
}

/// <summary>
/// domain XML → IR → normalizing passes → emitters → <see cref="CommandLine"/>: the whole of
/// <c>qconv to-native</c>, free of I/O so tests and benchmarks call it directly.
/// </summary>
public static class ToNativeCompiler
{
    public static CompileResult Compile(CompileRequest request)
    {
        var bag = new DiagnosticBag();
        var domain = DomainXmlReader.Read(request.DomainXml, request.FileName, bag);
        if (domain is null || bag.HasErrors)
        {
            return new CompileResult(null, domain, bag);
        }

        return Compile(domain, request.Caps, request.Config, request.Host, request.FileName, bag);
    }

    public static CompileResult Compile(Domain domain, QemuCaps caps, DriverConfig config, IHost host, string fileName, DiagnosticBag? bag = null)
    {
        bag ??= new DiagnosticBag();
        var ctx = new CompilationContext(caps, config, host, bag, fileName);

        // QEMU without -device (0.10 era) gets the inline legacy syntax of libvirt's early driver.
        var legacy = !caps.Has(QemuCap.Device);
        var normalized = PassPipeline.Run(domain, ctx, legacy ? LegacyEmitterPipeline.Passes : PassPipeline.ToNative);
        if (bag.HasErrors)
        {
            return new CompileResult(null, normalized, bag);
        }

        var emit = new EmitContext(normalized, ctx);
        foreach (var emitter in legacy ? LegacyEmitterPipeline.Ordered : EmitterPipeline.Ordered)
        {
            emitter.Emit(emit);
        }

        if (bag.HasErrors)
        {
            return new CompileResult(null, normalized, bag);
        }

        var baseEnv = legacy ? LibvirtEnvironment.PassCommon(host.GetEnvironmentVariable) : host.BaseEnvironment(Native.Emitters.DomainShortName.Truncate(normalized.Name ?? "guest"));
        var env = baseEnv
            .Concat(emit.Env)
            .Concat(normalized.QemuCommandline?.Env ?? EquatableArray<EnvVar>.Empty)
            .ToEquatableArray();
        var binary = normalized.Emulator ?? DefaultEmulator(caps);
        return new CompileResult(new CommandLine(env, binary, emit.Args.ToEquatableArray()), normalized, bag);
    }

    private static string DefaultEmulator(QemuCaps caps) => $"/usr/bin/qemu-system-{caps.Arch}";
}
