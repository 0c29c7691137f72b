using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// Hot-pluggable memory devices (qemuBuildMemoryDeviceCommandLine): a backend object
/// <c>mem&lt;alias&gt;</c> and the pc-dimm / nvdimm / virtio-pmem-pci / virtio-mem-pci device.
/// </summary>
public sealed class MemoryDeviceEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        foreach (var mem in ctx.Domain.DevicesOf<MemoryDevice>())
        {
            var alias = mem.Info.Alias ?? mem.Model;
            if (MemoryBackendProps.Build(ctx, new MemoryBackendRequest("mem" + alias, mem.SizeKiB, mem.TargetNode, SystemMemory: false, mem)) is not { } backend)
            {
                return;
            }

            MemoryEmitter.EmitBackend(ctx, backend);
            ctx.Add("-device", DeviceProps(ctx, mem, alias, backend.DevicePrealloc));
        }
    }

    private static JsonProps DeviceProps(EmitContext ctx, MemoryDevice mem, string alias, bool prealloc)
    {
        var driver = mem.Model switch
        {
            "dimm" => "pc-dimm",
            "virtio-pmem" => "virtio-pmem-pci",
            "virtio-mem" => "virtio-mem-pci",
            var m => m,
        };
        var props = new JsonProps().Add("driver", driver);
        if (mem.TargetNode is { } node && mem.Model != "virtio-pmem")
        {
            props.Add("node", node);
        }

        if (mem.LabelSizeKiB is { } label)
        {
            props.Add("label-size", label * 1024);
        }

        if (mem.ReadOnly)
        {
            props.Add("unarmed", true);
        }

        if (mem.BlockSizeKiB is { } block)
        {
            props.Add("block-size", block * 1024);
        }

        if (mem.RequestedSizeKiB is { } requested)
        {
            props.Add("requested-size", requested * 1024);
        }

        props.Add("memdev", "mem" + alias);
        if (prealloc)
        {
            props.Add("prealloc", true);
        }

        props.Add("id", alias);
        if (mem.Info.Address is DimmAddress dimm)
        {
            props.AddIfNotNull("slot", dimm.Slot);
            if (dimm.Base is { } addr)
            {
                props.Add("addr", addr);
            }
        }
        else
        {
            DeviceAddressProps.Add(props, mem, ctx.Domain);
        }

        return props;
    }
}
