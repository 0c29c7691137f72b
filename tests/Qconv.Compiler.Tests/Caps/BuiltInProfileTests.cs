using Qconv.Compiler.Caps;
using Qconv.Compiler.Caps.Profiles;
using Qconv.Compiler.Diagnostics;
using Qconv.TestSupport;
using Xunit;

namespace Qconv.Compiler.Tests.Caps;

/// <summary>Keeps the built-in profiles honest: each must describe exactly what its cache file says.</summary>
public class BuiltInProfileTests
{
    [Theory]
    [InlineData("8.0", "caps_8.0.0.x86_64.xml")]
    [InlineData("7.2", "caps_7.2.0.x86_64.xml")]
    public void Profile_matches_its_capability_file(string profile, string file)
    {
        var bag = new DiagnosticBag();
        var fromFile = CapsFileReader.Read(Path.Combine(RepoPaths.Corpus("libvirt-9.0"), "caps", file), bag)!;
        var builtIn = BuiltInProfiles.Get(profile, bag)!;
        Assert.Empty(bag);

        Assert.Equal(fromFile.Version, builtIn.Version);
        Assert.Equal(fromFile.Arch, builtIn.Arch);
        Assert.Equal(fromFile.Flags, builtIn.Flags);
        foreach (var accel in new[] { "kvm", "tcg" })
        {
            Assert.Equal(fromFile.Machines(accel), builtIn.Machines(accel));
            Assert.Equal(fromFile.CpuModels(accel).Select(c => c.Name), builtIn.CpuModels(accel).Select(c => c.Name));
        }

        // Everything else (host CPU, blockers, hyperv, package) through the canonical text form.
        Assert.Equal(ProfileText.Write(fromFile), ProfileText.Write(builtIn));
    }

    [Fact]
    public void Profile_text_round_trips()
    {
        var bag = new DiagnosticBag();
        var caps = BuiltInProfiles.Get("8.0", bag)!;
        var again = ProfileText.Parse(ProfileText.Write(caps), "again", bag)!;
        Assert.Empty(bag);
        Assert.Equal(ProfileText.Write(caps), ProfileText.Write(again));
    }

    [Fact]
    public void The_legacy_profile_is_a_qemu_010_without_device_or_machine_options()
    {
        var bag = new DiagnosticBag();
        var caps = BuiltInProfiles.Get("0.10", bag)!;
        Assert.Empty(bag);
        Assert.Equal(10005, caps.Version);
        Assert.True(caps.Has(QemuCap.Kqemu));
        Assert.True(caps.Has(QemuCap.NameFlag));
        Assert.True(caps.Has(QemuCap.Drive));
        Assert.False(caps.Has(QemuCap.Device));
        Assert.False(caps.Has(QemuCap.MachineOpt));
        Assert.False(caps.Has(QemuCap.ChardevJson));
        Assert.Equal("pc", caps.ResolveMachine(null, "qemu")!.Name);
        Assert.Equal("pc", caps.ResolveMachine(null, "kvm")!.Name);
        Assert.All(caps.Flags, f => Assert.True(f.IsKnown, f.Name));
    }

    [Fact]
    public void Unknown_profile_lists_the_available_ones()
    {
        var bag = new DiagnosticBag();
        Assert.Null(BuiltInProfiles.Get("6.0", bag));
        var d = Assert.Single(bag);
        Assert.Equal(CapsCodes.UnknownProfile, d.Code);
        Assert.Contains("8.0, 7.2, 0.10", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_profile_text_points_at_its_line()
    {
        var bag = new DiagnosticBag();
        Assert.Null(ProfileText.Parse("version\t1\narch\tx86_64\nbogus\tx\n", "p", bag));
        Assert.Equal("p:3:1", Assert.Single(bag).Span!.Value.ToString());
    }
}
