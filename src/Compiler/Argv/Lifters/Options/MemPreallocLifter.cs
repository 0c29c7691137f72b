using Qconv.Compiler.Argv.Lifters.Memory;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-mem-prealloc</c> (docs/system/invocation): libvirt writes it for &lt;allocation mode='immediate'/&gt;
/// when the guest RAM has no backend object of its own. As the memory family's finisher it also reads
/// all memory backend objects together (<see cref="MemoryBackingFinisher"/>).
/// </summary>
public sealed class MemPreallocLifter() : OptionLifter(LiftPhase.Settings, "mem-prealloc"), ILiftFinisher
{
    public override void Lift(ArgvOption option, LiftContext ctx) => ctx.State<MemoryBackendUses>().MemPrealloc = true;

    public void Finish(LiftContext ctx) => MemoryBackingFinisher.Finish(ctx);
}
