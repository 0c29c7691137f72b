using Qconv.Compiler.Host;

namespace Qconv.Compiler.FromNative;

/// <summary>How <see cref="FromNativeCompiler"/> completes what a command line leaves open.</summary>
public sealed record FromNativeOptions
{
    /// <summary>
    /// The guest name when the command line has no <c>-name</c> (libvirt requires one): the input
    /// file's name without extension, or "guest" for standard input.
    /// </summary>
    public string? FallbackName { get; init; }

    /// <summary>What to write when the command line has no <c>-uuid</c>.</summary>
    public UuidWhenAbsent Uuid { get; init; } = UuidWhenAbsent.Nil;

    /// <summary>
    /// Complete the domain the way libvirt's former converter did in 2019 (its test suite,
    /// corpus libvirt-argv2xml): implicit controllers, PS/2 inputs, no balloon, legacy default
    /// display adapter and addresses. Off by default: the plain lift is what the command line says.
    /// </summary>
    public bool Libvirt2019Defaults { get; init; }

    /// <summary>The host the command line was built on, when known (see <see cref="Argv.Lifters.LiftOptions.Host"/>).</summary>
    public IHost? Host { get; init; }

    /// <summary>Named descriptor groups the command line's fd sets came from (see <see cref="Argv.Lifters.LiftOptions.FdGroups"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>>? FdGroups { get; init; }

    /// <summary>
    /// Reads libvirt's master key file (the <c>masterKey0</c> object's <c>file=</c>) so that secret
    /// values domain XML carries (HTTP cookies) can be decrypted; null: they are not recovered.
    /// </summary>
    public Func<string, byte[]?>? ReadMasterKey { get; init; }
}

public enum UuidWhenAbsent
{
    /// <summary>The nil UUID 00000000-0000-0000-0000-000000000000, as libvirt's converter tests did: reproducible output.</summary>
    Nil,

    /// <summary>A random (version 4) UUID, as virsh domxml-from-native did.</summary>
    Random,

    /// <summary>No &lt;uuid&gt;: libvirt generates one when the domain is defined.</summary>
    Omit,
}
