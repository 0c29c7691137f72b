namespace Qconv.Compiler.Native.Emitters;

/// <summary>Direct kernel boot after -boot (qemuBuildBootCommandLine): -kernel, -initrd, -append, -dtb.</summary>
public sealed class KernelEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var os = ctx.Domain.Os;
        AddIf(ctx, "-kernel", os.Kernel);
        AddIf(ctx, "-initrd", os.Initrd);
        AddIf(ctx, "-append", os.Cmdline);
        AddIf(ctx, "-dtb", os.Dtb);
    }

    private static void AddIf(EmitContext ctx, string option, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            ctx.Add(option, value);
        }
    }
}
