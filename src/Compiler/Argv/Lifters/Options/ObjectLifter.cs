namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-object TYPE,id=ID,...</c>: memory backends (for -machine memory-backend= and -numa memdev=),
/// secrets and iothreads. libvirt's own master key secret (<c>masterKey0</c>) is part of how libvirt
/// runs QEMU, not of the guest, and is accepted without XML; iothreads become &lt;iothreadids&gt;.
/// </summary>
public sealed class ObjectLifter() : OptionLifter(LiftPhase.Backends, "object")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (ctx.DefineFromOption("object", option) is not { } backend)
        {
            return;
        }

        var (id, type) = (backend.Id, backend.Properties.GetString("qom-type"));

        if (type == "secret" && id == "masterKey0")
        {
            backend.Used = true;
        }
        else if (type == "iothread" && id.StartsWith("iothread", StringComparison.Ordinal) && int.TryParse(id.AsSpan(8), out var n))
        {
            backend.Used = true;
            var vcpu = ctx.Domain.Vcpu;
            ctx.Domain = ctx.Domain with { Vcpu = vcpu with { IoThreadIds = vcpu.IoThreadIds.Add(new Ir.IoThreadId(n, null, null)) } };
        }
    }
}
