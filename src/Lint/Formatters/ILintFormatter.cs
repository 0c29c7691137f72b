namespace Qconv.Lint.Formatters;

/// <summary>Writes the findings of a lint run in one output format.</summary>
public interface ILintFormatter
{
    void Write(IReadOnlyList<FileReport> reports, TextWriter output);
}
