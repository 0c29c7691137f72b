namespace Qconv.Compiler.Caps;

/// <summary>
/// One accelerator's machine types by name and by alias, built once per <see cref="QemuCaps"/> so that
/// <see cref="QemuCaps.ResolveMachine"/> (asked by several passes and emitters per guest) is two hash
/// lookups instead of scans over a hundred-odd machines. The first machine of a name or alias wins, as
/// in a scan in file order.
/// </summary>
internal sealed class MachineIndex
{
    private readonly Dictionary<string, MachineType> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MachineType> _byAlias = new(StringComparer.Ordinal);

    public MachineIndex(IReadOnlyList<MachineType> machines)
    {
        foreach (var m in machines)
        {
            Default ??= m.IsDefault ? m : null;
            _byName.TryAdd(m.Name, m);
            if (m.Alias is not null)
            {
                _byAlias.TryAdd(m.Alias, m);
            }
        }
    }

    /// <summary>The first machine marked default.</summary>
    public MachineType? Default { get; }

    public MachineType? Find(string nameOrAlias) =>
        _byName.TryGetValue(nameOrAlias, out var m) || _byAlias.TryGetValue(nameOrAlias, out m) ? m : null;
}
