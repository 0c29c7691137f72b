using Qconv.Lint.Rules;
using Qconv.TestSupport;
using Xunit;

namespace Qconv.Lint.Tests;

/// <summary>
/// docs/rules/QLxxxx.md is rendered from each rule's metadata plus its testdata case (the example);
/// the page is a snapshot, so a rule whose text changes without its page fails here
/// (QCONV_ACCEPT=1 rewrites the pages).
/// </summary>
public class RuleDocsTests
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var r in RuleCatalog.All)
        {
            data.Add(r.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_has_an_up_to_date_page(string id)
    {
        var rule = RuleCatalog.Find(id)!;
        var example = Directory.EnumerateFiles(Path.Combine(RepoPaths.TestData, "lint"), "*.xml")
            .Where(f => Path.GetFileName(f).Contains(id, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .FirstOrDefault();
        Snapshot.Match(RuleDocs.Page(rule, example), Path.Combine(RepoPaths.Root, "docs", "rules", id + ".md"));
    }

    [Fact]
    public void Rule_ids_are_unique_and_well_formed()
    {
        var ids = RuleCatalog.All.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^QL[0-9]{4}$", id));
        Assert.All(RuleCatalog.All, r => Assert.StartsWith(r.Id, r.GetType().Name, StringComparison.Ordinal));
    }
}
