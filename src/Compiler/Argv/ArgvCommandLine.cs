using System.Collections.Immutable;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Argv;

/// <summary>
/// A parsed QEMU command line: environment prefix, emulator binary, options in order.
/// Built by <see cref="ArgvParser.Parse"/>; immutable.
/// </summary>
/// <param name="Binary">The program word; null when the line starts with an option.</param>
public sealed record ArgvCommandLine(
    string File,
    ImmutableArray<ArgvEnvVar> Env,
    ArgvWord? Binary,
    ImmutableArray<ArgvOption> Options)
{
    /// <summary>The options called <paramref name="name"/> (without dash), in command line order.</summary>
    public IEnumerable<ArgvOption> OptionsNamed(string name) => Options.Where(o => o.Name == name);
}
