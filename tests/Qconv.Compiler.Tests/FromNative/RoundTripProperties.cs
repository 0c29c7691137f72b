using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Qconv.Compiler.DomainXml;
using Qconv.Compiler.FromNative;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.Tests.ToNative;
using Qconv.Compiler.ToNative;
using Xunit;

namespace Qconv.Compiler.Tests.FromNative;

/// <summary>
/// from-native inverts to-native: for generated guests over what the emitters support (memory,
/// vCPUs, virt type, IDE/virtio disks of file and block type, CD-ROMs, USB/virtio inputs), lifting
/// the compiled command line gives back the guest. Compared: the normalized IR projected onto what
/// a command line can carry — aliases, spans and the &lt;os&gt;&lt;boot dev&gt; list (which libvirt turns
/// into per-device bootindex, lifted back as &lt;boot order&gt;) are not; settings the command line
/// states explicitly where the XML relied on the default (clock offset utc, dumpCore off) compare
/// as their defaults; devices compare per family, as domain XML orders them; and compiling the
/// lifted guest again gives the identical argv.
/// </summary>
public class RoundTripProperties
{
    private static Gen<string> Guests()
    {
        var disk = from bus in Gen.Elements("ide", "virtio")
                   from kind in Gen.Elements("file", "block")
                   from format in Gen.Elements("raw", "qcow2")
                   from n in Gen.Choose(1, 99)
                   select (bus, kind, format, n);
        return from mib in Gen.Choose(16, 4096)
               from vcpus in Gen.Choose(1, 8)
               from kvm in Gen.Elements(false, true)
               from disks in Gen.ListOf(disk).Select(l => l.Take(3).ToList())
               from cdrom in Gen.Elements(false, true)
               from tablet in Gen.Elements("none", "usb", "virtio")
               select Xml(mib, vcpus, kvm, disks, cdrom, tablet);
    }

    private static string Xml(int mib, int vcpus, bool kvm, List<(string Bus, string Kind, string Format, int N)> disks, bool cdrom, string tablet)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<domain type='{(kvm ? "kvm" : "qemu")}'><name>g</name><uuid>c7a5fdbd-edaf-9455-926a-d65c16db1809</uuid>");
        sb.Append(CultureInfo.InvariantCulture, $"<memory unit='MiB'>{mib}</memory><vcpu>{vcpus}</vcpu><os><type arch='x86_64' machine='pc'>hvm</type></os><devices>");
        int ide = 0, vd = 0;
        foreach (var (bus, kind, format, n) in disks)
        {
            var dev = bus == "ide" ? "hd" + (char)('a' + ide++) : "vd" + (char)('a' + vd++);
            var src = kind == "file" ? $"<source file='/img/d{n}.{format}'/>" : $"<source dev='/dev/vg/d{n}'/>";
            sb.Append(CultureInfo.InvariantCulture, $"<disk type='{kind}' device='disk'><driver name='qemu' type='{format}'/>{src}<target dev='{dev}' bus='{bus}'/></disk>");
        }

        if (cdrom && ide < 4)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<disk type='file' device='cdrom'><driver name='qemu' type='raw'/><source file='/iso/x.iso'/><target dev='hd{(char)('a' + ide)}' bus='ide'/></disk>");
        }

        if (tablet != "none")
        {
            sb.Append(CultureInfo.InvariantCulture, $"<input type='tablet' bus='{tablet}'/>");
        }

        return sb.Append("</devices></domain>").ToString();
    }

    [Fact]
    public void Lifting_the_compiled_command_line_gives_back_the_guest()
    {
        Prop.ForAll(Arb.From(Guests()), xml =>
        {
            var first = ToNativeCompiler.Compile(new CompileRequest(xml, "gen.xml", TestCompilation.LatestCaps, TestCompilation.Config, TestCompilation.Host));
            Assert.True(first.Success, string.Join('\n', first.Diagnostics));
            var lifted = FromNativeCompiler.Compile(ArgvWriter.Write(first.CommandLine!), "gen.args");
            Assert.True(lifted.Success, string.Join('\n', lifted.Diagnostics));
            var second = ToNativeCompiler.Compile(lifted.Domain!, TestCompilation.LatestCaps, TestCompilation.Config, TestCompilation.Host, "gen.args");
            Assert.True(second.Success, string.Join('\n', second.Diagnostics));
            Assert.Equal(first.CommandLine!.Argv(), second.CommandLine!.Argv());
            Assert.Equal(Project(first.Normalized!), Project(second.Normalized!));
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>The parts of a normalized domain a command line carries (see the class comment for what is left out).</summary>
    private static Domain Project(Domain d) => d with
    {
        Span = null,
        Emulator = null,
        Os = d.Os with { BootDevices = EquatableArray<string>.Empty, Span = null },
        Clock = d.Clock with { Offset = d.Clock.Offset ?? "utc" },
        Memory = d.Memory with { DumpCoreSetting = d.Memory.DumpCoreSetting ?? "off" },
        Features = FeatureSet.Empty,
        Devices = d.Devices.OrderBy(dev => dev.ElementName, StringComparer.Ordinal).Select(dev => dev with { Info = dev.Info with { Alias = null, Span = null, BootOrder = null } }).ToEquatableArray(),
    };

    [Fact]
    public void Reader_and_generator_agree_on_a_sample_guest()
    {
        var xml = Xml(512, 2, true, [("virtio", "file", "qcow2", 1)], true, "usb");
        Assert.NotNull(DomainXmlReader.Read(xml, "sample.xml", new Qconv.Compiler.Diagnostics.DiagnosticBag()));
    }
}
