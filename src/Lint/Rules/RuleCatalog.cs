namespace Qconv.Lint.Rules;

/// <summary>
/// Every lint rule, in id order. Listed by hand rather than discovered by reflection: startup
/// time matters to a linter that CI runs on every push.
/// </summary>
public static class RuleCatalog
{
    public static IReadOnlyList<IRule> All { get; } =
    [
        new QL0000MalformedXml(),
        new QL0001SchemaViolation(),
    ];

    public static IRule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
}
