namespace Qconv.Compiler.Argv;

public enum ArgvOptionKind
{
    /// <summary>An option of QEMU's option table (<see cref="ArgvOption.Spec"/> is set).</summary>
    Known,

    /// <summary>
    /// Not in the table. It takes the next word as its value when that word does not start with
    /// '-', otherwise it is a flag: a guess, but the one that keeps <c>-foo bar -baz</c> together as
    /// a user most likely meant it, and either way the words are kept in order for passthrough.
    /// </summary>
    Unknown,

    /// <summary>
    /// A word that is neither an option nor an option's value. QEMU takes such a word as the
    /// first hard disk image (<c>qemu disk.img</c> means <c>-hda disk.img</c>).
    /// </summary>
    Positional,
}
