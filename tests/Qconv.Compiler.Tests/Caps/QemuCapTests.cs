using System.Xml.Linq;
using Qconv.Compiler.Caps;
using Qconv.TestSupport;
using Xunit;

namespace Qconv.Compiler.Tests.Caps;

public class QemuCapTests
{
    [Fact]
    public void Fields_carry_libvirts_flag_names()
    {
        Assert.Equal("blockdev", QemuCap.Blockdev.Name);
        Assert.Equal("virtio-net", QemuCap.DeviceVirtioNet.Name);
        Assert.Equal("sev-guest", QemuCap.SevGuest.Name);
        Assert.Equal(QemuCap.Blockdev, new QemuCap("blockdev"));
    }

    [Theory]
    [InlineData("QEMU_CAPS_SEV_GUEST", "sev-guest")]
    [InlineData("DEVICE_VIRTIO_NET", "virtio-net")]
    [InlineData("QEMU_CAPS_OBJECT_JSON", "object.qapified")]
    public void Libvirt_identifiers_map_to_flag_names(string identifier, string name)
    {
        Assert.True(QemuCap.TryFromLibvirtIdentifier(identifier, out var cap));
        Assert.Equal(name, cap.Name);
        Assert.EndsWith(identifier.Replace("QEMU_CAPS_", string.Empty, StringComparison.Ordinal), cap.LibvirtIdentifier!, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_identifiers_and_names_are_not_known()
    {
        Assert.False(QemuCap.TryFromLibvirtIdentifier("QEMU_CAPS_NOPE", out _));
        Assert.False(new QemuCap("nope").IsKnown);
        Assert.Null(new QemuCap("nope").LibvirtIdentifier);
    }

    [Fact]
    public void Every_flag_of_the_corpus_capability_files_is_known()
    {
        var dir = Path.Combine(RepoPaths.Corpus("libvirt-9.0"), "caps");
        var names = Directory.GetFiles(dir, "*.xml")
            .SelectMany(f => XDocument.Load(f).Root!.Elements("flag"))
            .Select(e => e.Attribute("name")!.Value)
            .Distinct()
            .ToList();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.True(new QemuCap(n).IsKnown, n));
    }

    [Fact]
    public void Known_flags_are_unique_and_in_libvirts_order()
    {
        Assert.Equal(QemuCap.Known.Count, QemuCap.Known.Distinct().Count());
        Assert.Equal(QemuCap.VncColon, QemuCap.Known[0]);
        Assert.True(QemuCap.Known.Count > 440);
        Assert.All(AssumedFlags.ForModernQemu, f => Assert.True(f.IsKnown, f.Name));
    }
}
