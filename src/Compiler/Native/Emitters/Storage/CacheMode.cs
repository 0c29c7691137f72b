namespace Qconv.Compiler.Native.Emitters.Storage;

/// <summary>
/// What a disk cache mode means for QEMU (qemuDomainDiskCachemodeFlags, QEMU docs "-drive cache="):
/// whether the guest sees a write cache, whether the host page cache is bypassed (O_DIRECT), and
/// whether flushes are ignored. 'default' (or none given) sets nothing.
/// </summary>
public readonly record struct CacheMode(bool WriteBack, bool Direct, bool NoFlush)
{
    public static CacheMode? Of(string? mode) => mode switch
    {
        "none" => new CacheMode(true, true, false),
        "writethrough" => new CacheMode(false, false, false),
        "writeback" => new CacheMode(true, false, false),
        "directsync" => new CacheMode(false, true, false),
        "unsafe" => new CacheMode(true, false, true),
        _ => null,
    };

    public Writers.JsonProps ToProps() => new Writers.JsonProps().Add("direct", Direct).Add("no-flush", NoFlush);
}
