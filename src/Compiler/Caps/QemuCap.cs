
namespace Qconv.Compiler.Caps;

/// <summary>
/// One libvirt QEMU capability flag, named exactly as libvirt's capability cache file writes it
/// (<c>&lt;flag name='blockdev'/&gt;</c>). Emitters ask <c>caps.Has(QemuCap.Blockdev)</c>; the static
/// fields (QemuCap.Flags.cs) cover libvirt 9.0's whole flag table, so a flag name that is not a field
/// is still representable (<c>new QemuCap("x")</c>) but <see cref="IsKnown"/> is false.
/// A reference type on purpose: sets and lists of it then share the runtime's precompiled code for
/// reference types, where a struct would make a ReadyToRun process compile ~40 collection methods at
/// start-up (measured with DOTNET_JitDisasmSummary).
/// </summary>
public sealed partial record QemuCap(string Name)
{
    /// <summary>Every flag qconv knows, in libvirt's enum order.</summary>
    public static IReadOnlyList<QemuCap> Known => Index.All;

    /// <summary>Whether this name is one of libvirt's flag names (or the two pre-1.0 kqemu ones).</summary>
    public bool IsKnown => Name is not null && Index.IdentifierByName.ContainsKey(Name);

    /// <summary>libvirt's C spelling, e.g. <c>QEMU_CAPS_SEV_GUEST</c> for <c>sev-guest</c>; null when unknown.</summary>
    public string? LibvirtIdentifier =>
        Name is not null && Index.IdentifierByName.TryGetValue(Name, out var id) ? "QEMU_CAPS_" + id : null;

    /// <summary>
    /// Maps libvirt's C spelling (<c>QEMU_CAPS_SEV_GUEST</c>, with or without the prefix) to the flag, as
    /// libvirt's test harness names capabilities in its argument lists.
    /// </summary>
    public static bool TryFromLibvirtIdentifier(string identifier, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out QemuCap? cap)
    {
        const string prefix = "QEMU_CAPS_";
        var key = identifier.StartsWith(prefix, StringComparison.Ordinal) ? identifier[prefix.Length..] : identifier;
        return Index.ByIdentifier.TryGetValue(key, out cap);
    }

    public override string ToString() => Name;

    // The lookups live in a nested class so they are built after every field of the other partial file
    // (field initialisers of different partial declarations run in no guaranteed order).
    private static class Index
    {
        public static readonly QemuCap[] All = new QemuCap[KnownTable.Length];

        public static readonly Dictionary<string, QemuCap> ByIdentifier = new(KnownTable.Length, StringComparer.Ordinal);

        public static readonly Dictionary<string, string> IdentifierByName = new(KnownTable.Length, StringComparer.Ordinal);

        // Plain loops: LINQ over the (string, QemuCap) rows would be JIT-compiled at every start
        // (ReadyToRun cannot precompile framework generics over value tuples).
        static Index()
        {
            for (var i = 0; i < KnownTable.Length; i++)
            {
                var (identifier, cap) = KnownTable[i];
                All[i] = cap;
                ByIdentifier[identifier] = cap;
                IdentifierByName[cap.Name] = identifier;
            }
        }
    }
}
