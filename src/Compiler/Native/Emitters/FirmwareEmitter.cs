using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// The pflash firmware as block nodes (qemuBuildPflashBlockdevCommandLine): the loader image is
/// <c>libvirt-pflash0-*</c>, the per-guest NVRAM varstore <c>libvirt-pflash1-*</c>; the machine
/// refers to them with pflash0=/pflash1=. Emitted before -machine.
/// </summary>
public sealed class FirmwareEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var os = ctx.Domain.Os;
        if (os.Loader is not { Type: "pflash", Path: { } path } loader)
        {
            return;
        }

        EmitNode(ctx, 0, path, loader.Format ?? "raw", loader.ReadOnly == true);
        if (os.Nvram is { } nvram)
        {
            if (nvram.Source is not null)
            {
                ctx.Error("QC0210", null, "NVRAM on a network or block source is not supported by qconv yet");
            }
            else if (nvram.Path is { } nvramPath)
            {
                EmitNode(ctx, 1, nvramPath, nvram.Format ?? "raw", false);
            }
        }
    }

    /// <summary>pflash0/pflash1 properties of -machine for the nodes this emitter creates.</summary>
    public static IEnumerable<(string Key, string Node)> PflashMachineProps(EmitContext ctx)
    {
        var os = ctx.Domain.Os;
        if (os.Loader is not { Type: "pflash", Path: not null })
        {
            yield break;
        }

        yield return ("pflash0", "libvirt-pflash0-format");
        if (os.Nvram is { Source: null, Path: not null })
        {
            yield return ("pflash1", "libvirt-pflash1-format");
        }
    }

    private static void EmitNode(EmitContext ctx, int unit, string path, string format, bool readOnly)
    {
        var storage = $"libvirt-pflash{unit}-storage";
        ctx.Add("-blockdev", new JsonProps()
            .Add("driver", "file")
            .Add("filename", path)
            .Add("node-name", storage)
            .Add("auto-read-only", true)
            .Add("discard", "unmap"));
        ctx.Add("-blockdev", new JsonProps()
            .Add("node-name", $"libvirt-pflash{unit}-format")
            .Add("read-only", readOnly)
            .Add("driver", format)
            .Add("file", storage));
    }
}

/// <summary>
/// The firmware options after -cpu (qemuBuildDomainLoaderCommandLine): a ROM image with -bios, or
/// for a secure pflash loader the global that restricts flash writes to SMM.
/// </summary>
public sealed class LoaderEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        switch (ctx.Domain.Os.Loader)
        {
            case { Type: "rom", Path: { } rom }:
                ctx.Add("-bios", rom);
                break;
            case { Type: "pflash", Secure: true }:
                ctx.Add("-global", "driver=cfi.pflash01,property=secure,value=on");
                break;
        }
    }
}
