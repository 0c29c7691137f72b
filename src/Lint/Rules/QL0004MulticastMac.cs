using System.Globalization;
using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>A NIC needs a unicast MAC; libvirt rejects multicast ones ("expected unicast mac address").</summary>
public sealed class QL0004MulticastMac : IRule
{
    public string Id => "QL0004";

    public Severity DefaultSeverity => Severity.Error;

    public string Title => "MAC address is multicast or all zeros";

    public string Description => "The lowest bit of a MAC address's first octet marks a multicast group address; a network interface "
        + "cannot own one, and libvirt refuses it. 00:00:00:00:00:00 is not a usable address either.";

    public string Fix => "Use a unicast address (even first octet), e.g. one in libvirt's 52:54:00:xx:xx:xx range, or omit <mac> to let libvirt generate one.";

    public void Check(LintContext context)
    {
        foreach (var mac in context.Root.Descendants("mac"))
        {
            var address = mac.Attr("address");
            if (address is not { Length: 17 } || !byte.TryParse(address.AsSpan(0, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var first))
            {
                continue; // malformed addresses are the schema's job
            }

            if ((first & 1) != 0)
            {
                context.Report(mac, $"MAC address {address} is a multicast address");
            }
            else if (address.Replace(":", string.Empty, StringComparison.Ordinal).All(c => c == '0'))
            {
                context.Report(mac, "MAC address 00:00:00:00:00:00 is not a valid interface address");
            }
        }
    }
}
