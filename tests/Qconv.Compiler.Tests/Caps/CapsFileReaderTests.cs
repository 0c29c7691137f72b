using Qconv.Compiler.Caps;
using Qconv.Compiler.Diagnostics;
using Qconv.TestSupport;
using Xunit;

namespace Qconv.Compiler.Tests.Caps;

public class CapsFileReaderTests
{
    private static string CapsFile(string name) => Path.Combine(RepoPaths.Corpus("libvirt-9.0"), "caps", name);

    private static QemuCaps Latest()
    {
        var bag = new DiagnosticBag();
        var caps = CapsFileReader.Read(CapsFile("caps_8.0.0.x86_64.xml"), bag);
        Assert.Empty(bag);
        return Assert.IsType<QemuCaps>(caps);
    }

    [Fact]
    public void Reads_the_latest_cache_file_header()
    {
        var caps = Latest();
        Assert.Equal(7002050, caps.Version);
        Assert.Equal("7.2.50", caps.VersionString);
        Assert.Equal(0, caps.KvmVersion);
        Assert.Equal("x86_64", caps.Arch);
        Assert.Equal("/usr/bin/qemu-system-x86_64", caps.Emulator);
        Assert.Equal("v7.2.0-333-g222059a0fc", caps.Package);
        Assert.Equal(43100244, caps.MicrocodeVersion);
    }

    [Fact]
    public void Reads_flags_in_file_order()
    {
        var caps = Latest();
        Assert.Equal(199, caps.Flags.Count);
        Assert.Equal(QemuCap.Kvm, caps.Flags.First());
        Assert.Equal(QemuCap.NetdevStream, caps.Flags.Last());
        Assert.True(caps.HasExplicit(QemuCap.DeviceVirtioNet));
        Assert.False(caps.Has(QemuCap.SevGuest));
    }

    [Fact]
    public void Flags_libvirt_90_retired_are_assumed_for_modern_qemu_only()
    {
        var caps = Latest();
        Assert.False(caps.HasExplicit(QemuCap.Blockdev));
        Assert.True(caps.Has(QemuCap.Blockdev));
        Assert.True(caps.Has(QemuCap.Netdev));
        Assert.False(caps.Has(QemuCap.Kqemu));

        var legacy = BuiltInProfiles.Get("0.10", new DiagnosticBag())!;
        Assert.False(legacy.Has(QemuCap.Blockdev));
        Assert.True(legacy.Has(QemuCap.Drive));
    }

    [Fact]
    public void Reads_machines_per_accelerator_and_resolves_aliases()
    {
        var caps = Latest();
        Assert.Equal(60, caps.Machines("kvm").Count);
        Assert.Equal(60, caps.Machines("tcg").Count);

        var def = caps.ResolveMachine(null, "kvm");
        Assert.Equal(new MachineType("pc-i440fx-8.0", "pc", "kvm", 255, true, true, "qemu64-x86_64-cpu", "pc.ram", false, false, null), def);
        Assert.Equal("pc-i440fx-8.0", caps.ResolveMachine("", "kvm")?.Name);
        Assert.Equal("pc-q35-8.0", caps.ResolveMachine("q35", "qemu")?.Name);
        Assert.Equal("pc-q35-4.2", caps.ResolveMachine("pc-q35-4.2", "tcg")?.Name);
        Assert.Null(caps.ResolveMachine("virt", "kvm"));
        Assert.True(caps.ResolveMachine("pc-i440fx-1.4", "kvm")!.Deprecated);
        Assert.True(caps.ResolveMachine("pc-i440fx-2.0", "kvm")!.NumaMemSupported);
        Assert.Equal("microvm.ram", caps.ResolveMachine("microvm", "kvm")!.DefaultRamId);
    }

    [Fact]
    public void Stripping_machine_aliases_makes_each_alias_a_machine_like_libvirts_test_harness()
    {
        var caps = Latest().StripMachineAliases();
        var kvm = caps.Machines("kvm");
        Assert.Equal(62, kvm.Count);
        Assert.DoesNotContain(kvm, m => m.Alias is not null);
        var pc = caps.ResolveMachine("pc", "kvm")!;
        Assert.Equal("pc", pc.Name);
        Assert.True(pc.IsDefault);
        Assert.Equal("pc-i440fx-8.0", caps.ResolveMachine(null, "kvm")!.Name);
        Assert.Equal("q35", kvm[^1].Name);
    }

    [Fact]
    public void Reads_cpu_models_with_blockers_and_the_host_cpu()
    {
        var caps = Latest();
        Assert.Equal(132, caps.CpuModels("kvm").Count);
        var g4 = caps.CpuModels("kvm").Single(c => c.Name == "Opteron_G4");
        Assert.False(g4.Usable);
        Assert.Equal("Opteron_G4-x86_64-cpu", g4.Typename);
        Assert.Contains("xop", g4.Blockers);
        Assert.True(caps.CpuModels("kvm").Single(c => c.Name == "qemu64").Usable);

        var host = caps.HostCpu("kvm")!;
        Assert.Equal("base", host.Model);
        Assert.True(host.Migratability);
        Assert.Equal(327, host.Properties.Count);
        Assert.Contains(new HostCpuProperty("family", "number", "23", null), host.Properties);
        Assert.Contains(new HostCpuProperty("vmx-entry-load-rtit-ctl", "boolean", "false", null), host.Properties);
    }

    [Fact]
    public void Reads_hyperv_capabilities()
    {
        var hv = Latest().Hyperv!;
        Assert.True(hv.Supported);
        Assert.Equal(14, hv.Features.Count);
        Assert.Equal("relaxed", hv.Features[0]);
    }

    [Fact]
    public void With_and_without_return_changed_copies()
    {
        var caps = Latest();
        var sev = caps.With(QemuCap.SevGuest);
        Assert.True(sev.Has(QemuCap.SevGuest));
        Assert.False(caps.Has(QemuCap.SevGuest));
        Assert.Equal(QemuCap.SevGuest, sev.Flags.Last());

        var noVnc = caps.Without(QemuCap.Vnc, QemuCap.Blockdev);
        Assert.False(noVnc.Has(QemuCap.Vnc));
        Assert.False(noVnc.Has(QemuCap.Blockdev));
        Assert.True(noVnc.With(QemuCap.Blockdev).Has(QemuCap.Blockdev));
        Assert.Equal(caps.Machines("kvm"), noVnc.Machines("kvm"));
    }

    [Fact]
    public void Malformed_xml_is_reported_with_line_and_column()
    {
        var bag = new DiagnosticBag();
        var caps = CapsFileReader.Parse("<qemuCaps>\n  <flag name='kvm'>\n</qemuCaps>\n", "bad.xml", bag);
        Assert.Null(caps);
        var d = Assert.Single(bag);
        Assert.Equal(CapsCodes.MalformedXml, d.Code);
        Assert.Equal(3, d.Span!.Value.Line);
        Assert.StartsWith("bad.xml:3:", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dtd_is_refused()
    {
        var bag = new DiagnosticBag();
        const string xml = "<?xml version='1.0'?>\n<!DOCTYPE qemuCaps [<!ENTITY x 'kvm'>]>\n<qemuCaps><flag name='&x;'/></qemuCaps>";
        Assert.Null(CapsFileReader.Parse(xml, "dtd.xml", bag));
        Assert.Equal(CapsCodes.MalformedXml, Assert.Single(bag).Code);
    }

    [Fact]
    public void Missing_or_wrong_values_are_errors_at_their_element()
    {
        var bag = new DiagnosticBag();
        const string xml = "<qemuCaps>\n<version>seven</version>\n<arch>x86_64</arch>\n<machine type='kvm' name='pc' maxCpus='x'/>\n<cpu type='kvm' usable='maybe' name='a'/>\n</qemuCaps>";
        Assert.Null(CapsFileReader.Parse(xml, "c.xml", bag));
        Assert.Equal(["c.xml:2:2", "c.xml:4:31", "c.xml:5:17"], bag.Select(d => d.Span!.Value.ToString()));
        Assert.All(bag, d => Assert.Equal(CapsCodes.InvalidContent, d.Code));
    }

    [Fact]
    public void Unknown_flags_are_kept_with_a_warning()
    {
        var bag = new DiagnosticBag();
        var caps = CapsFileReader.Parse("<qemuCaps><version>9000000</version><arch>x86_64</arch><flag name='from-the-future'/></qemuCaps>", "f.xml", bag);
        Assert.NotNull(caps);
        Assert.True(caps.Has(new QemuCap("from-the-future")));
        Assert.Equal(Severity.Warning, Assert.Single(bag).Severity);
    }

    [Fact]
    public void A_missing_file_is_a_diagnostic_not_an_exception()
    {
        var bag = new DiagnosticBag();
        Assert.Null(CapsFileReader.Read("/nonexistent/caps.xml", bag));
        Assert.Equal(CapsCodes.Unreadable, Assert.Single(bag).Code);
    }
}
