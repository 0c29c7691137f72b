using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.DomainXml;
using Qconv.Compiler.Ir;
using Xunit;

namespace Qconv.Compiler.Tests.DomainXml;

/// <summary>&lt;shmem&gt;: sizes are scaled from bytes by default, the parts are typed, the legacy model name and a missing name are reported.</summary>
public sealed class ShmemReaderTests
{
    private static Shmem? ReadOne(string shmem, DiagnosticBag bag)
    {
        var xml = $"<domain type='kvm'><name>n</name><memory>1024</memory><devices>{shmem}</devices></domain>";
        return DomainXmlReader.Read(xml, "g.xml", bag)?.DevicesOf<Shmem>().SingleOrDefault();
    }

    [Theory]
    [InlineData("<size>2097152</size>", 2097152UL)]
    [InlineData("<size unit='KiB'>2048</size>", 2097152UL)]
    [InlineData("<size unit='G'>1</size>", 1073741824UL)]
    public void Size_defaults_to_bytes(string size, ulong bytes)
    {
        var bag = new DiagnosticBag();
        var s = ReadOne($"<shmem name='a'>{size}</shmem>", bag);
        Assert.False(bag.HasErrors);
        Assert.Equal(bytes, s!.SizeBytes);
    }

    [Fact]
    public void Doorbell_parts_are_typed()
    {
        var bag = new DiagnosticBag();
        var s = ReadOne("<shmem name='d' role='peer'><model type='ivshmem-doorbell'/><server path='/s'/><msi vectors='8' ioeventfd='off'/></shmem>", bag);
        Assert.False(bag.HasErrors);
        Assert.Equal(ShmemModel.IvshmemDoorbell, s!.Model);
        Assert.Equal("peer", s.Role);
        Assert.True(s.Server);
        Assert.Equal("/s", s.ServerPath);
        Assert.True(s.Msi);
        Assert.Equal(8, s.MsiVectors);
        Assert.False(s.MsiIoeventfd);
    }

    [Fact]
    public void An_absent_model_is_the_legacy_ivshmem_but_writing_it_is_refused()
    {
        var bag = new DiagnosticBag();
        Assert.Equal(ShmemModel.Ivshmem, ReadOne("<shmem name='a'/>", bag)!.EffectiveModel);
        Assert.False(bag.HasErrors);
        ReadOne("<shmem name='a'><model type='ivshmem'/></shmem>", bag);
        Assert.Single(bag, d => d.Code == "QX0460");
    }

    [Fact]
    public void A_missing_name_is_reported()
    {
        var bag = new DiagnosticBag();
        ReadOne("<shmem><model type='ivshmem-plain'/></shmem>", bag);
        Assert.Single(bag, d => d.Code == "QX0010");
    }
}
