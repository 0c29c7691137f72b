using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary><c>-cpu MODEL[,feature=on|off...]</c> (qemuBuildCpuCommandLine).</summary>
public sealed class CpuEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var cpu = ctx.Domain.Cpu;
        if (cpu is null)
        {
            return;
        }

        string? model = cpu.Mode switch
        {
            "host-passthrough" => "host",
            "maximum" => "max",
            "host-model" => "host",
            _ => cpu.Model,
        };
        if (model is null)
        {
            return;
        }

        var kv = new KeyValueWriter(model);
        foreach (var f in cpu.Features)
        {
            switch (f.Policy)
            {
                case "require" or "force":
                    kv.Add(f.Name, "on");
                    break;
                case "disable" or "forbid":
                    kv.Add(f.Name, "off");
                    break;
            }
        }

        ctx.Add("-cpu", kv);
    }
}
