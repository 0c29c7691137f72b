using Qconv.Compiler.FromNative.Libvirt2019;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.FromNative;

/// <summary>
/// Completes a lifted domain the way libvirt's former converter and its post-parse step did in
/// 2019 (the formatting the libvirt-argv2xml corpus expects), one concern per step. Kept apart from
/// the to-native normalize passes, which follow libvirt 9.0.
/// </summary>
public static class Libvirt2019Defaults
{
    private static readonly Func<Domain, Domain>[] Steps =
    [
        CpuDefaults2019.Run,
        CharDefaults2019.Run,
        VideoDefaults2019.Run,
        DriveAddresses2019.Run,
        ImplicitDevices2019.Run,
        PciAddresses2019.Run,
    ];

    public static Domain Run(Domain domain)
    {
        foreach (var step in Steps)
        {
            domain = step(domain);
        }

        return domain;
    }
}
