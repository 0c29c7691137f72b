using System.Collections;
using System.Collections.Immutable;

namespace Qconv.Compiler.Ir;

/// <summary>
/// The devices of one type, in document order (<see cref="Domain.DevicesOf{T}"/>). Passes and emitters ask
/// for this dozens of times per guest; as a struct with a struct enumerator a <c>foreach</c> over it
/// allocates nothing and avoids LINQ's boxed enumerators, while LINQ still works through <see cref="IEnumerable{T}"/>.
/// </summary>
public readonly struct DevicesOfType<T>(ImmutableArray<Device> devices) : IEnumerable<T>
    where T : Device
{
    public Enumerator GetEnumerator() => new(devices);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(ImmutableArray<Device> devices) : IEnumerator<T>
    {
        private int _index = -1;

        public T Current { get; private set; } = null!;

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (++_index < devices.Length)
            {
                if (devices[_index] is T match)
                {
                    Current = match;
                    return true;
                }
            }

            return false;
        }

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
