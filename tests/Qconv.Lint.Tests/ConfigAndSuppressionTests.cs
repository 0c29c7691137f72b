using Qconv.Compiler.Diagnostics;
using Qconv.Lint.Config;
using Xunit;

namespace Qconv.Lint.Tests;

public sealed class ConfigAndSuppressionTests : IDisposable
{
    private const string Demo2 = "<domain type='kvm'>\n  <name>d</name>\n  <memory>131072</memory>\n  <os><type arch='i686'>hvm</type></os>\n"
        + "  <clock sync='localtime'/>\n  <devices>\n    <graphics type='vnc' listen='0.0.0.0'/>\n  </devices>\n</domain>\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("qconv-lint-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Config_found_above_the_file_changes_severity_and_switches_rules_off()
    {
        File.WriteAllText(Path.Combine(_dir, LintConfigLoader.FileName), "{ \"rules\": { \"QL0007\": \"error\", \"QL0019\": \"off\" } }");
        var sub = Directory.CreateDirectory(Path.Combine(_dir, "guests", "web")).FullName;
        var file = Path.Combine(sub, "demo2.xml");
        File.WriteAllText(file, Demo2);
        var d = Assert.Single(new Linter().LintFile(file)!.Findings);
        Assert.Equal(("QL0007", Severity.Error), (d.Code, d.Severity));
    }

    [Fact]
    public void Config_ignore_globs_skip_files()
    {
        File.WriteAllText(Path.Combine(_dir, LintConfigLoader.FileName), "{ \"ignore\": [\"legacy/**\"] }");
        var legacy = Directory.CreateDirectory(Path.Combine(_dir, "legacy", "old")).FullName;
        File.WriteAllText(Path.Combine(legacy, "a.xml"), Demo2);
        Assert.Null(new Linter().LintFile(Path.Combine(legacy, "a.xml")));
    }

    [Fact]
    public void Image_directories_from_config_flag_images_elsewhere()
    {
        var config = new LintConfig("/x/.qconvlint.json", new Dictionary<string, Severity?>(), [], ["/var/lib/libvirt/images"]);
        var xml = "<domain type='kvm'><name>n</name><devices>"
            + "<disk type='file' device='disk'><source file='/var/lib/libvirt/images/ok.img'/><target dev='vda' bus='virtio'/></disk>"
            + "<disk type='file' device='disk'><source file='/home/me/bad.img'/><target dev='vdb' bus='virtio'/></disk>"
            + "</devices></domain>";
        var d = Assert.Single(new Linter().LintText("t.xml", xml, config).Findings);
        Assert.Equal("QL0018", d.Code);
        Assert.Contains("/home/me/bad.img", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disable_comment_without_ids_silences_every_rule_for_the_next_element()
    {
        var xml = Demo2.Replace("    <graphics", "    <!-- qconv-lint disable -->\n    <graphics", StringComparison.Ordinal);
        var d = Assert.Single(new Linter().LintText("t.xml", xml).Findings);
        Assert.Equal("QL0007", d.Code);
    }

    [Fact]
    public void Broken_config_is_reported_not_ignored()
    {
        File.WriteAllText(Path.Combine(_dir, LintConfigLoader.FileName), "{ \"rules\": { \"QL0007\": \"loud\" } }");
        File.WriteAllText(Path.Combine(_dir, "a.xml"), Demo2);
        var e = Assert.Throws<QconvException>(() => new Linter().LintFile(Path.Combine(_dir, "a.xml")));
        Assert.Contains("loud", e.Diagnostic.Message, StringComparison.Ordinal);
    }
}
