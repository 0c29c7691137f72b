namespace Qconv.Compiler.Conformance;

/// <summary>
/// The to-native compiler as the conformance runner sees it. The compiler proper lives elsewhere and
/// registers itself in <see cref="ToNativeCompilerRegistry"/>; the runner takes any implementation (or a
/// plain delegate), so it can be tested without the compiler.
/// </summary>
public interface IToNativeCompiler
{
    ToNativeOutcome Compile(ToNativeCaseInput input);
}

/// <summary>Where the CLI finds the to-native compiler; set once at start-up by the assembly that provides it.</summary>
public static class ToNativeCompilerRegistry
{
    public static IToNativeCompiler? Current { get; set; }
}
