using Qconv.Compiler.Argv.Lifters.Values;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// <c>-m [size=]N[,slots=S,maxmem=M]</c> (docs/system/invocation): a bare size is in MiB;
/// slots and maxmem describe memory hotplug (&lt;maxMemory slots=&gt;).
/// </summary>
public sealed class MemoryLifter() : OptionLifter(LiftPhase.Settings, "m")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Properties is not { } p)
        {
            return;
        }

        var memory = ctx.Domain.Memory;
        if (p.Get("size") is { } sizeValue)
        {
            if (QemuSize.ParseBytes(p.GetString("size") ?? string.Empty, 'M') is { } bytes)
            {
                memory = memory with { TotalKiB = QemuSize.ToKiB(bytes) };
            }
            else
            {
                ctx.Malformed(sizeValue, $"-m: '{p.GetString("size")}' is not a memory size");
            }
        }

        if (p.Get("maxmem") is { } maxValue)
        {
            if (QemuSize.ParseBytes(p.GetString("maxmem") ?? string.Empty) is { } max)
            {
                memory = memory with { MaxKiB = QemuSize.ToKiB(max) };
            }
            else
            {
                ctx.Malformed(maxValue, $"-m: maxmem '{p.GetString("maxmem")}' is not a memory size");
            }
        }

        if (p.Get("slots") is { } slotsValue)
        {
            if (p.GetInt64("slots") is { } slots and >= 0 and <= int.MaxValue)
            {
                memory = memory with { MaxSlots = (int)slots };
            }
            else
            {
                ctx.Malformed(slotsValue, "-m: slots must be a number");
            }
        }

        ctx.Domain = ctx.Domain with { Memory = memory };
        ctx.IgnoreProperties(option, p, "size", "maxmem", "slots");
    }
}
