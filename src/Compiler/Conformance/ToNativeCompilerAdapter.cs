using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.ToNative;

namespace Qconv.Compiler.Conformance;

/// <summary>
/// Presents qconv's <see cref="ToNativeCompiler"/> to the conformance runner: compiles the case's XML with
/// the case's caps, config and host, and writes the command line in libvirt's test format.
/// </summary>
public sealed class ToNativeCompilerAdapter : IToNativeCompiler
{
    public ToNativeOutcome Compile(ToNativeCaseInput input)
    {
        var result = ToNativeCompiler.Compile(new CompileRequest(input.XmlText, input.XmlPath, input.Caps, input.Config, input.Host));
        return result.CommandLine is { } cmd
            ? ToNativeOutcome.Success(ArgvWriter.Write(cmd), result.Diagnostics)
            : ToNativeOutcome.Failure(result.Diagnostics);
    }
}
