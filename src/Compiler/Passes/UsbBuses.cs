using System.Diagnostics.CodeAnalysis;

namespace Qconv.Compiler.Passes;

/// <summary>
/// The port trees of a domain's USB buses by controller index, walked in index order (the first bus
/// with a free port wins, as in virDomainUSBAddressAssign). Two plain lists rather than a
/// SortedDictionary: its int-keyed instantiation is not precompiled in a ReadyToRun build and cost
/// ~27 JIT-compiled methods per process.
/// </summary>
internal sealed class UsbBuses
{
    private readonly List<int> _indexes = [];
    private readonly List<UsbPortTree> _trees = [];

    public int Count => _indexes.Count;

    /// <summary>Adds the tree of bus <paramref name="index"/> unless that bus is already known.</summary>
    public void TryAdd(int index, UsbPortTree tree)
    {
        var at = _indexes.BinarySearch(index);
        if (at < 0)
        {
            _indexes.Insert(~at, index);
            _trees.Insert(~at, tree);
        }
    }

    public bool TryGetValue(int index, [NotNullWhen(true)] out UsbPortTree? tree)
    {
        var at = _indexes.BinarySearch(index);
        tree = at >= 0 ? _trees[at] : null;
        return tree is not null;
    }

    /// <summary>The bus index at position <paramref name="i"/> in index order.</summary>
    public int IndexAt(int i) => _indexes[i];

    public UsbPortTree TreeAt(int i) => _trees[i];
}
