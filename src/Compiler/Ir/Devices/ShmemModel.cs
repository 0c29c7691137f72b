namespace Qconv.Compiler.Ir;

/// <summary>
/// &lt;shmem&gt;&lt;model type=&gt; (virDomainShmemModel). The legacy <c>ivshmem</c> device is the
/// parser's default when no model is given; QEMU 8 only has the plain and doorbell variants.
/// </summary>
public enum ShmemModel
{
    Ivshmem,
    IvshmemPlain,
    IvshmemDoorbell,
}

/// <summary>virDomainShmemModel's names, used in the XML and as QEMU's device driver names.</summary>
public static class ShmemModels
{
    public static string Name(ShmemModel model) => model switch
    {
        ShmemModel.IvshmemPlain => "ivshmem-plain",
        ShmemModel.IvshmemDoorbell => "ivshmem-doorbell",
        _ => "ivshmem",
    };
}
