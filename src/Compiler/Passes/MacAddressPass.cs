using System.Globalization;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// Gives every interface without one a MAC address in QEMU's 52:54:00 range from the host's random
/// source (virMacAddrGenerate in virDomainNetDefPostParse). Every libvirt era did this, so the
/// legacy pipeline runs it too.
/// </summary>
public sealed class MacAddressPass : IDomainPass
{
    public string Name => "mac-addresses";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        var devices = domain.Devices.ToList();
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i] is Interface { Mac: null } net)
            {
                devices[i] = net with { Mac = Generate(ctx) };
            }
        }

        return domain.WithDevices(devices);
    }

    private static string Generate(CompilationContext ctx)
    {
        var b3 = ctx.Host.RandomBits(8);
        var b4 = ctx.Host.RandomBits(8);
        var b5 = ctx.Host.RandomBits(8);
        return string.Create(CultureInfo.InvariantCulture, $"52:54:00:{b3:x2}:{b4:x2}:{b5:x2}");
    }
}
