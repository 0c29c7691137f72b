using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.DomainXml;
using Qconv.Compiler.Ir;
using Xunit;

namespace Qconv.Compiler.Tests.DomainXml;

/// <summary>&lt;interface type='hostdev'&gt;: managed and the VF's host PCI address are typed, a missing or non-PCI source is reported.</summary>
public sealed class HostdevInterfaceTests
{
    private const string Guest = """
        <domain type='kvm'>
          <name>n</name>
          <memory>1024</memory>
          <devices>
            <interface type='hostdev' managed='yes'>
              <source>
                <address type='pci' domain='0x0001' bus='0x3b' slot='0x02' function='0x3'/>
              </source>
            </interface>
          </devices>
        </domain>
        """;

    [Fact]
    public void Managed_and_the_source_address_are_typed()
    {
        var bag = new DiagnosticBag();
        var domain = DomainXmlReader.Read(Guest, "g.xml", bag);
        Assert.NotNull(domain);
        Assert.False(bag.HasErrors);
        var net = Assert.Single(domain.DevicesOf<Interface>());
        Assert.True(net.Managed);
        Assert.Equal(new PciAddress(1, 0x3b, 2, 3), net.HostdevSource);
        Assert.Null(net.Source);
    }

    [Theory]
    [InlineData("<address type='pci' domain='0x0001' bus='0x3b' slot='0x02' function='0x3'/>", "")]
    [InlineData("type='pci'", "type='usb'")]
    public void A_missing_or_non_pci_source_address_is_reported(string from, string to)
    {
        var bag = new DiagnosticBag();
        DomainXmlReader.Read(Guest.Replace(from, to, StringComparison.Ordinal), "g.xml", bag);
        var error = Assert.Single(bag, d => d.Code == "QX0429");
        Assert.NotNull(error.Span);
    }
}
