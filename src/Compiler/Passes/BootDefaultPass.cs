using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// A guest with neither &lt;os&gt;&lt;boot dev&gt; nor a per-device &lt;boot order&gt; boots from
/// its first disk: libvirt stores <c>&lt;boot dev='hd'/&gt;</c> (virDomainDefBootOrderPostParse), and
/// the command line gives that disk bootindex=1.
/// </summary>
public sealed class BootDefaultPass : IDomainPass
{
    public string Name => "boot-default";

    public Domain Run(Domain domain, CompilationContext ctx) =>
        domain.Os.BootDevices.IsEmpty && !domain.Devices.Any(d => d.Info.BootOrder is not null)
            ? domain with { Os = domain.Os with { BootDevices = EquatableArray.Create("hd") } }
            : domain;
}
