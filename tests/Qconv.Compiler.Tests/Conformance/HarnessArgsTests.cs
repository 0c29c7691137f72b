using Qconv.Compiler.Caps;
using Qconv.Compiler.Conformance;
using Qconv.Compiler.Diagnostics;
using Xunit;

namespace Qconv.Compiler.Tests.Conformance;

public class HarnessArgsTests
{
    private static readonly SourceSpan At = new("MANIFEST.tsv", 7, 20);

    private static HarnessArgs? Parse(string text, DiagnosticBag bag) => HarnessArgs.Parse(text, At, bag);

    [Fact]
    public void Empty_text_means_no_extras()
    {
        var bag = new DiagnosticBag();
        var h = Parse(string.Empty, bag)!;
        Assert.Empty(bag);
        Assert.Empty(h.FdGroups);
        Assert.Empty(h.AddedCaps);
        Assert.False(h.SlirpHelper || h.FipsHost);
    }

    [Fact]
    public void Parses_caps_flags_and_fd_groups_together()
    {
        var bag = new DiagnosticBag();
        var h = Parse("ARG_QEMU_CAPS QEMU_CAPS_SEV_GUEST QEMU_CAPS_DEVICE_VIRTIO_NET QEMU_CAPS_LAST ARG_QEMU_CAPS_DEL QEMU_CAPS_VNC QEMU_CAPS_LAST "
            + "ARG_FLAGS FLAG_SLIRP_HELPER | FLAG_FIPS_HOST ARG_FD_GROUP \"my group\" 1 9 ARG_END", bag)!;
        Assert.Empty(bag);
        Assert.Equal([QemuCap.SevGuest, QemuCap.DeviceVirtioNet], h.AddedCaps);
        Assert.Equal([QemuCap.Vnc], h.RemovedCaps);
        Assert.True(h.SlirpHelper);
        Assert.True(h.FipsHost);
        Assert.Equal([9], h.FdGroups["my group"]);
    }

    [Fact]
    public void Applies_to_capabilities_and_hosts()
    {
        var bag = new DiagnosticBag();
        var h = Parse("ARG_QEMU_CAPS QEMU_CAPS_SEV_GUEST QEMU_CAPS_LAST ARG_QEMU_CAPS_DEL QEMU_CAPS_VNC QEMU_CAPS_LAST ARG_FLAGS FLAG_FIPS_HOST", bag)!;
        var caps = h.ApplyTo(BuiltInProfiles.Get("8.0", bag)!);
        Assert.True(caps.Has(QemuCap.SevGuest));
        Assert.False(caps.Has(QemuCap.Vnc));
        Assert.True(h.CreateHost(null).FipsEnabled);
        Assert.Empty(bag);
    }

    [Theory]
    [InlineData("ARG_QEMU_CAPS QEMU_CAPS_NOT_A_THING QEMU_CAPS_LAST", "unknown capability")]
    [InlineData("ARG_QEMU_CAPS QEMU_CAPS_SEV_GUEST", "QEMU_CAPS_LAST")]
    [InlineData("ARG_FD_GROUP \"g\" 2 700", "announces 2")]
    [InlineData("ARG_FD_GROUP \"g\"", "needs a name, a count")]
    [InlineData("ARG_FLAGS FLAG_EXPECT_FAILURE", "unsupported harness flag")]
    [InlineData("ARG_GIC 3", "unsupported harness argument 'ARG_GIC'")]
    [InlineData("ARG_FD_GROUP \"g 1 2", "unterminated")]
    public void Problems_are_reported_at_the_manifest_cell(string text, string message)
    {
        var bag = new DiagnosticBag();
        Assert.Null(Parse(text, bag));
        var d = Assert.Single(bag);
        Assert.Equal(HarnessCodes.HarnessArgs, d.Code);
        Assert.Equal(At, d.Span);
        Assert.Contains(message, d.Message, StringComparison.Ordinal);
    }
}
