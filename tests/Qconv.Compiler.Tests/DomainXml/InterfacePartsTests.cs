using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.DomainXml;
using Qconv.Compiler.DomainXml.Writers;
using Qconv.Compiler.Ir;
using Xunit;

namespace Qconv.Compiler.Tests.DomainXml;

/// <summary>The typed &lt;interface&gt; parts: libvirt's attribute order on output, unknown attributes kept.</summary>
public sealed class InterfacePartsTests
{
    private const string Guest = """
        <domain type='kvm'>
          <name>n</name>
          <memory>1024</memory>
          <devices>
            <interface type='udp'>
              <source port='5555' address='192.0.2.1' future='x'>
                <local port='5556' address='127.0.0.1'/>
              </source>
              <model type='virtio'/>
              <driver iommu='on' queues='2' name='vhost' later='1'>
                <guest ufo='off' csum='on'/>
                <host mrg_rxbuf='off' gso='on'/>
              </driver>
              <backend vhost='/dev/v' tap='/dev/t'/>
              <teaming persistent='ua-p' type='transient'/>
              <rom file='/r.bin' enabled='yes' bar='on'/>
            </interface>
          </devices>
        </domain>
        """;

    [Fact]
    public void Parts_are_typed_and_written_in_libvirts_order()
    {
        var bag = new DiagnosticBag();
        var domain = DomainXmlReader.Read(Guest, "g.xml", bag);
        Assert.NotNull(domain);
        var net = Assert.Single(domain.DevicesOf<Interface>());
        Assert.Equal("2", net.Driver?.Queues);
        Assert.True(net.Driver?.Virtio.Iommu);
        Assert.Equal("off", net.Driver?.Host?.MrgRxbuf);
        Assert.Equal("127.0.0.1", net.Source?.Local?.Address);
        Assert.Equal("ua-p", net.Teaming?.Persistent);

        var xml = DomainXmlWriter.Write(domain);
        Assert.Contains("<source address='192.0.2.1' port='5555' future='x'>", xml, StringComparison.Ordinal);
        Assert.Contains("<local address='127.0.0.1' port='5556'/>", xml, StringComparison.Ordinal);
        Assert.Contains("<driver name='vhost' queues='2' iommu='on' later='1'>", xml, StringComparison.Ordinal);
        Assert.Contains("<host gso='on' mrg_rxbuf='off'/>", xml, StringComparison.Ordinal);
        Assert.Contains("<guest csum='on' ufo='off'/>", xml, StringComparison.Ordinal);
        Assert.Contains("<backend tap='/dev/t' vhost='/dev/v'/>", xml, StringComparison.Ordinal);
        Assert.Contains("<teaming type='transient' persistent='ua-p'/>", xml, StringComparison.Ordinal);
        Assert.Contains("<rom enabled='yes' bar='on' file='/r.bin'/>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_virtio_switch_on_the_driver_is_reported()
    {
        var bag = new DiagnosticBag();
        DomainXmlReader.Read(Guest.Replace("iommu='on'", "iommu='maybe'", StringComparison.Ordinal), "g.xml", bag);
        Assert.Contains(bag, d => d.Code == "QX0012");
    }
}
