namespace Qconv.Lint;

/// <summary>Marker for the lint assembly (embedded schema resources are looked up relative to it).</summary>
public static class LintAssembly
{
    public static System.Reflection.Assembly Assembly => typeof(LintAssembly).Assembly;
}
