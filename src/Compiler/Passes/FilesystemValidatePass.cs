using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Passes;

/// <summary>Filesystem checks (qemuValidateDomainDeviceDefFS): what each driver can do in QEMU.</summary>
public sealed class FilesystemValidatePass : IDomainPass
{
    public string Name => "filesystem-validate";

    public Domain Run(Domain domain, CompilationContext ctx)
    {
        foreach (var fs in domain.DevicesOf<Filesystem>())
        {
            if (fs.Type != "mount")
            {
                ctx.Error("QC0120", fs.Info, $"only supports mount filesystem type");
            }

            if (fs.IsVirtioFs)
            {
                if (fs.ReadOnly)
                {
                    ctx.Error("QC0121", fs.Info, "virtiofs does not yet support read-only mode");
                }

                if (fs.AccessMode is not (null or "passthrough"))
                {
                    ctx.Error("QC0121", fs.Info, "virtiofs only supports passthrough accessmode");
                }
            }
            else if (fs.Info.BootOrder is not null)
            {
                ctx.Error("QC0122", fs.Info, "boot order is only supported for virtiofs");
            }
        }

        return domain;
    }
}
