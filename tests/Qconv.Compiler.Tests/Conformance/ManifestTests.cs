using Qconv.Compiler.Caps;
using Qconv.Compiler.Conformance;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.Host;
using Xunit;

namespace Qconv.Compiler.Tests.Conformance;

[Collection("corpus")]
public class ManifestTests(CorpusFixture fixture)
{
    private readonly ToNativeCorpus _corpus = fixture.Corpus;

    private ToNativeCase Case(string id) => _corpus.Cases.Single(c => c.Id == id);

    [Fact]
    public void Loads_every_row_of_the_real_manifest()
    {
        Assert.Empty(fixture.LoadDiagnostics);
        Assert.Equal(282, _corpus.Cases.Count(c => c.Expect == ToNativeExpectation.Args));
        Assert.Equal(44, _corpus.Cases.Count(c => c.Expect == ToNativeExpectation.ParseError));
        Assert.Equal(2, _corpus.Cases.Count(c => c.Expect == ToNativeExpectation.Failure));
        Assert.All(_corpus.Cases.Where(c => c.Expect == ToNativeExpectation.Args), c => Assert.NotNull(c.ExpectedPath));
    }

    [Fact]
    public void Repeated_names_get_unique_ids()
    {
        Assert.Equal(_corpus.Cases.Count, _corpus.Cases.Select(c => c.Id).Distinct().Count());
        Assert.Equal(ToNativeExpectation.Args, Case("tpm-emulator-tpm2").Expect);
        Assert.Equal(ToNativeExpectation.ParseError, Case("tpm-emulator-tpm2#2").Expect);
        Assert.Equal("tpm-emulator-tpm2", Case("tpm-emulator-tpm2#2").Name);
        Assert.NotNull(Case("serial-unix-chardev#2"));
    }

    [Fact]
    public void Harness_arguments_are_typed()
    {
        var fd = Case("disk-source-fd").Harness;
        Assert.Equal([700, 705], fd.FdGroups["testgroup2"]);
        Assert.Equal([704], fd.FdGroups["testgroup5"]);
        Assert.Equal([777, 778], fd.FdGroups["testgroup6"]);
        Assert.True(Case("net-user").Harness.SlirpHelper);
        Assert.True(Case("fips-enabled").Harness.FipsHost);
        Assert.Equal([QemuCap.SevGuest], Case("launch-security-sev-direct").Harness.AddedCaps);
        Assert.Empty(Case("genid").Harness.FdGroups);
    }

    [Fact]
    public void Case_qemu_conf_files_agree_with_the_manifest_overrides()
    {
        var withConf = _corpus.Cases.Where(c => c.CaseConfPath is not null).ToList();
        Assert.NotEmpty(withConf);
        foreach (var c in withConf)
        {
            var bag = new DiagnosticBag();
            var fromFile = Qconv.Compiler.Config.QemuConfReader.ReadFile(c.CaseConfPath!, bag, _corpus.BaseConfig);
            var fromColumn = Qconv.Compiler.Config.QemuConfReader.ApplyOverrides(_corpus.BaseConfig, c.Overrides, bag);
            Assert.Empty(bag);
            Assert.True(fromFile == fromColumn, c.Id);
        }
    }

    [Fact]
    public void Prepared_input_layers_config_caps_and_host()
    {
        var bag = new DiagnosticBag();
        var sasl = _corpus.PrepareInput(Case("graphics-vnc-sasl"), bag);
        Assert.True(sasl.Config.VncSasl);
        Assert.Equal("/root/.sasl2", sasl.Config.VncSaslDir);
        Assert.Equal("/etc/pki/libvirt-vnc", sasl.Config.VncTlsX509CertDir);
        Assert.Contains("<domain", sasl.XmlText, StringComparison.Ordinal);
        Assert.Equal("pc", sasl.Caps.ResolveMachine("pc", "kvm")!.Name);

        var sev = _corpus.PrepareInput(Case("launch-security-sev-direct"), bag);
        Assert.True(sev.Caps.Has(QemuCap.SevGuest));
        Assert.False(_corpus.LatestCaps.Has(QemuCap.SevGuest));

        var fd = _corpus.PrepareInput(Case("disk-source-fd"), bag);
        var host = Assert.IsType<LibvirtTestHost>(fd.Host);
        Assert.Equal([700, 705], host.FdGroup("testgroup2"));
        Assert.Contains("40-bios.json", host.ListDirectory("/usr/share/qemu/firmware"));
        Assert.Contains("\"mapping\"", host.ReadTextFile("/usr/share/qemu/firmware/40-bios.json"), StringComparison.Ordinal);
        Assert.True(host.PathExists("/usr/libexec/qemu/vhost-user/test-vhost-user-gpu"));
        Assert.Empty(bag);
    }
}
