using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// A guest that names no boot device (no &lt;os&gt;&lt;boot dev&gt; and no per-device &lt;boot order&gt;)
/// boots from the first hard disk (virDomainDefPostParseOs / qemuDomainDefPostParse), also when
/// a kernel is given directly.
/// </summary>
public sealed class BootDefaultsPass : IDomainPass
{
    public string Name => "boot-defaults";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        if (!domain.Os.BootDevices.IsEmpty || domain.Devices.Any(d => d.Info.BootOrder is not null) || domain.Os.Type != "hvm")
        {
            return domain;
        }

        return domain with { Os = domain.Os with { BootDevices = EquatableArray.Create("hd") } };
    }
}
