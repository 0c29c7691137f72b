using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>
/// A semantic rule: one stable id, one default severity, a one-line title, a description
/// (what and why) and the fix. <see cref="Check"/> reports findings through the context, which
/// applies the configured severity and the suppressions.
/// </summary>
public interface IRule
{
    string Id { get; }

    Severity DefaultSeverity { get; }

    string Title { get; }

    string Description { get; }

    string Fix { get; }

    void Check(LintContext context);
}
