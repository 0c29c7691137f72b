using System.Collections;

namespace Qconv.Compiler.Diagnostics;

/// <summary>
/// Collects diagnostics so a front end or pass can report every problem it finds instead of
/// stopping at the first. Not thread-safe: one bag per compilation.
/// </summary>
public sealed class DiagnosticBag : IReadOnlyList<Diagnostic>
{
    private readonly List<Diagnostic> _items = [];

    public int Count => _items.Count;

    public Diagnostic this[int index] => _items[index];

    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public Diagnostic Error(string code, SourceSpan? span, string message)
    {
        var d = new Diagnostic(code, Severity.Error, message, span);
        _items.Add(d);
        return d;
    }

    public Diagnostic Warning(string code, SourceSpan? span, string message)
    {
        var d = new Diagnostic(code, Severity.Warning, message, span);
        _items.Add(d);
        return d;
    }

    public IEnumerator<Diagnostic> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
