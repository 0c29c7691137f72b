using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Emitters.Storage;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// The pflash firmware as block nodes (qemuBuildPflashBlockdevCommandLine): the loader image is
/// <c>libvirt-pflash0-*</c>, the per-guest NVRAM varstore <c>libvirt-pflash1-*</c>; the machine
/// refers to them with pflash0=/pflash1=. Emitted before -machine. A varstore given as
/// &lt;nvram type='file|block|network'&gt;&lt;source&gt; is a storage source like a disk's, so it gets the
/// same protocol node and helper objects (auth secret, TLS) a disk's chain would.
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

        EmitUnit(ctx, 0, new DiskSource { Type = "file", Path = path }, loader.Format, loader.ReadOnly == true);
        if (Varstore(os) is { } varstore)
        {
            EmitUnit(ctx, 1, varstore, os.Nvram!.Format, false);
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
        if (Varstore(os) is not null)
        {
            yield return ("pflash1", "libvirt-pflash1-format");
        }
    }

    /// <summary>The varstore's storage: its &lt;source&gt;, or the plain path as a local file.</summary>
    private static DiskSource? Varstore(OsSettings os) => os.Nvram switch
    {
        { Source: { } source } => source,
        { Path: { } path } => new DiskSource { Type = "file", Path = path },
        _ => null,
    };

    private static void EmitUnit(EmitContext ctx, int unit, DiskSource source, string? format, bool readOnly)
    {
        var level = new StorageLevel(source, unit, true) { Format = format ?? "raw", ReadOnly = readOnly, NodePrefix = $"libvirt-pflash{unit}" };
        level = BlockdevEmitter.WithHelpers(ctx, level);
        BlockdevEmitter.EmitObjects(ctx, level);
        if (StorageNodeProps.Build(ctx, level, "disk", null) is not { } storage)
        {
            return;
        }

        ctx.Add("-blockdev", storage);
        ctx.Add("-blockdev", new JsonProps()
            .Add("node-name", level.FormatNode)
            .Add("read-only", readOnly)
            .Add("driver", level.Format)
            .Add("file", level.StorageNode));
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
