namespace Qconv.Runtime;

/// <summary>Marker for the runtime assembly; the launcher arrives with the run issue.</summary>
public static class RuntimeAssembly
{
    public static System.Reflection.Assembly Assembly => typeof(RuntimeAssembly).Assembly;
}
