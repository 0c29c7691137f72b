using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>A vsock without a model is virtio (qemuDomainVsockDefPostParse).</summary>
public sealed class VsockDefaultsPass : IDomainPass
{
    public string Name => "vsock-defaults";

    public Domain Run(Domain domain, CompilationContext ctx) =>
        domain.WithDevices(domain.Devices.Select(d => d is Vsock { Model: null } v ? v with { Model = "virtio" } : d));
}
