namespace Qconv.Compiler.Conformance;

/// <summary>
/// The to-native compiler as the conformance runner sees it. The compiler proper lives elsewhere and
/// is <see cref="ToNativeCompilerAdapter"/>; the runner takes any implementation (or a
/// plain delegate), so it can be tested without the compiler.
/// </summary>
public interface IToNativeCompiler
{
    ToNativeOutcome Compile(ToNativeCaseInput input);
}
