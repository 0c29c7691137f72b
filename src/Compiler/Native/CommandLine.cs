using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Native;

/// <summary>
/// A compiled QEMU invocation: environment, emulator binary and arguments. Each
/// <see cref="QemuArgument"/> is an option with its optional value, the unit libvirt prints per line.
/// </summary>
public sealed record CommandLine(
    EquatableArray<EnvVar> Env,
    string Binary,
    EquatableArray<QemuArgument> Args)
{
    /// <summary>The argv QEMU receives (binary first), for exec and for round-trip comparison.</summary>
    public IEnumerable<string> Argv()
    {
        yield return Binary;
        foreach (var a in Args)
        {
            yield return a.Option;
            if (a.Value is not null)
            {
                yield return a.Value;
            }
        }
    }
}

/// <summary>One option (<c>-device</c>) and its value (<c>{"driver":...}</c>), or a bare flag (<c>-S</c>).</summary>
public sealed record QemuArgument(string Option, string? Value = null)
{
    public override string ToString() => Value is null ? Option : $"{Option} {Value}";
}
