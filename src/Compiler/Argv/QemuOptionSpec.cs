using Qconv.Compiler.Argv.Values;

namespace Qconv.Compiler.Argv;

/// <summary>
/// What the argv parser needs to know about one QEMU option: whether it takes a value, how the
/// value is written, and the key a leading bare word stands for (QEMU's <c>implied_opt_name</c>:
/// <c>-m 214</c> is <c>-m size=214</c>, <c>-device e1000</c> is <c>-device driver=e1000</c>).
/// </summary>
public sealed record QemuOptionSpec(string Name, ValueSyntax Syntax, string? ImpliedKey = null)
{
    public bool TakesValue => Syntax != ValueSyntax.None;
}
