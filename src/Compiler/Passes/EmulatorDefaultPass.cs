using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>
/// A guest without &lt;emulator&gt; gets the capabilities' QEMU binary for its architecture
/// (virDomainDefPostParse via the driver's default emulator), so the stored definition names it.
/// </summary>
public sealed class EmulatorDefaultPass : IDomainPass
{
    public string Name => "emulator-default";

    public Domain Run(Domain domain, CompilationContext ctx) =>
        domain.Emulator is null ? domain with { Emulator = $"/usr/bin/qemu-system-{ctx.Caps.Arch}" } : domain;
}
