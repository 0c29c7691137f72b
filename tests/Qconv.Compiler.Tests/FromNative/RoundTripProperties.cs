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
/// vCPUs, virt type, IDE/virtio disks of file and block type, CD-ROMs, USB/virtio inputs, serial
/// ports, display adapters, sound cards, 9p shares, network cards, USB hubs, redirection filters, shared memory), lifting the compiled command
/// line and reading the domain XML it gives back gives back the guest. Compared: the normalized IR projected onto what
/// a command line can carry — aliases, spans and the &lt;os&gt;&lt;boot dev&gt; list (which libvirt turns
/// into per-device bootindex, lifted back as &lt;boot order&gt;) are not; settings the command line
/// states explicitly where the XML relied on the default (clock offset utc, dumpCore off, vCPU
/// placement, lifecycle actions, a sound card's audio backend, chardev TLS) compare as their defaults; devices compare per family, as domain XML orders them; and compiling the
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
               from extras in Extras()
               select Xml(mib, vcpus, kvm, disks, cdrom, tablet, extras);
    }

    /// <summary>Device families beyond disks and inputs, each absent or one generated element.</summary>
    private static Gen<string> Extras()
    {
        var serial = Gen.Elements(
            string.Empty,
            "<serial type='pty'><target port='0'/></serial>",
            "<serial type='unix'><source mode='connect' path='/tmp/s.sock'/><target port='0'/></serial>",
            "<serial type='tcp'><source mode='bind' host='127.0.0.1' service='4555'/><protocol type='telnet'/><target port='0'/></serial>");
        var video = Gen.Elements(string.Empty, "cirrus", "vga", "qxl", "virtio")
            .Select(m => m.Length == 0 ? m : $"<video><model type='{m}'/></video>");
        var sound = Gen.Elements(string.Empty, "ac97", "ich6", "es1370").Select(m => m.Length == 0 ? m : $"<sound model='{m}'/>");
        var fs = from access in Gen.Elements(string.Empty, "passthrough", "mapped")
                 from ro in Gen.Elements(false, true)
                 select access.Length == 0 ? string.Empty
                     : $"<filesystem type='mount' accessmode='{access}'><source dir='/export/x'/><target dir='tag'/>{(ro ? "<readonly/>" : string.Empty)}</filesystem>";
        var nic = from model in Gen.Elements(string.Empty, "virtio", "e1000", "rtl8139")
                  from n in Gen.Choose(16, 250)
                  select model.Length == 0 ? string.Empty
                      : string.Create(CultureInfo.InvariantCulture, $"<interface type='user'><mac address='52:54:00:00:00:{n:x2}'/><model type='{model}'/></interface>");
        var usb = from hub in Gen.Elements(false, true)
                  from rules in Gen.Elements(string.Empty, "<usbdev class='0x08' vendor='0x15E1' product='0x2007' version='1.10' allow='yes'/><usbdev allow='no'/>", "<usbdev vendor='0x1234' allow='no'/>")
                  select (hub ? "<hub type='usb'><address type='usb' bus='0' port='1'/></hub><input type='mouse' bus='usb'><address type='usb' bus='0' port='1.3'/></input>" : string.Empty)
                      + (rules.Length == 0 ? string.Empty : $"<redirdev bus='usb' type='unix'><source mode='connect' path='/tmp/r.sock'/></redirdev><redirfilter>{rules}</redirfilter>");
        var shmem = from size in Gen.Elements(0, 2, 64)
                    from role in Gen.Elements(string.Empty, " role='master'", " role='peer'")
                    from doorbell in Gen.Elements(false, true)
                    select (size == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"<shmem name='m{size}'{role}><model type='ivshmem-plain'/><size unit='M'>{size}</size></shmem>"))
                        + (doorbell ? "<shmem name='bell'><model type='ivshmem-doorbell'/><server/><msi vectors='4'/></shmem>" : string.Empty);
        return from a in serial from b in video from c in sound from d in fs from e in nic from f in usb from g in shmem select a + b + c + d + e + f + g;
    }

    private static string Xml(int mib, int vcpus, bool kvm, List<(string Bus, string Kind, string Format, int N)> disks, bool cdrom, string tablet, string extras = "")
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

        return sb.Append(extras).Append("</devices></domain>").ToString();
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
            var second = ToNativeCompiler.Compile(new CompileRequest(lifted.Xml!, "gen.args", TestCompilation.LatestCaps, TestCompilation.Config, TestCompilation.Host));
            Assert.True(second.Success, string.Join('\n', second.Diagnostics));
            Assert.Equal(first.CommandLine!.Argv(), second.CommandLine!.Argv());
            var (expected, actual) = (Project(first.Normalized!), Project(second.Normalized!));

            // Device by device first, so a failure names the device that differs.
            Assert.Equal(expected.Devices.Select(dev => dev.ElementName), actual.Devices.Select(dev => dev.ElementName));
            foreach (var (e, a) in expected.Devices.Zip(actual.Devices))
            {
                Assert.Equal(e, a);
            }

            Assert.Equal(expected, actual);
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
        Vcpu = d.Vcpu with { Placement = d.Vcpu.Placement ?? "static" },
        Lifecycle = d.Lifecycle with { OnPoweroff = d.Lifecycle.OnPoweroff ?? "destroy", OnReboot = d.Lifecycle.OnReboot ?? "restart", OnCrash = d.Lifecycle.OnCrash ?? "destroy" },
        Features = FeatureSet.Empty,
        Devices = d.Devices.OrderBy(dev => dev.ElementName, StringComparer.Ordinal).Select(Project).ToEquatableArray(),
    };

    // A sound card without <audio id> plays through the first backend, which the command line names; a TCP
    // chardev without tls= follows qemu.conf's chardev_tls (off here), which the command line spells out.
    private static Device Project(Device dev) => (dev switch
    {
        Sound s => s with { AudioId = s.AudioId ?? 1 },
        CharDevice { Source.Type: "tcp" } c => c with { Source = c.Source with { Tls = c.Source.Tls ?? false } },
        _ => dev,
    }) with
    {
        Info = dev.Info with { Alias = null, Span = null, BootOrder = null },
    };

    [Fact]
    public void Reader_and_generator_agree_on_a_sample_guest()
    {
        var xml = Xml(512, 2, true, [("virtio", "file", "qcow2", 1)], true, "usb");
        Assert.NotNull(DomainXmlReader.Read(xml, "sample.xml", new Qconv.Compiler.Diagnostics.DiagnosticBag()));
    }
}
