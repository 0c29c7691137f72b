using System.Collections.Frozen;
using Qconv.Compiler.Argv.Lifters.Memory;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// Hot-pluggable memory, the mirror of to-native's MemoryDeviceEmitter: pc-dimm, nvdimm,
/// virtio-pmem-pci, virtio-mem-pci and sgx-epc (an SGX enclave page cache section) become &lt;memory model=...&gt; with their &lt;target&gt; (node,
/// label, readonly, block and requested sizes) and address (a DIMM slot and base, or PCI). The
/// memdev= backend object is read with the rest of the memory family (<see cref="MemoryBackingFinisher"/>).
/// </summary>
public sealed class MemoryDeviceLifter : IDeviceLifter
{
    private static readonly FrozenSet<string> Known = DeviceProps.Understood(
        ["memdev", "node", "label-size", "unarmed", "block-size", "requested-size", "prealloc", "slot"]);

    public IReadOnlyList<string> Drivers { get; } = ["pc-dimm", "nvdimm", "virtio-pmem-pci", "virtio-mem-pci", "sgx-epc"];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        var driver = p.GetString("driver");
        var model = driver switch
        {
            "pc-dimm" => "dimm",
            "virtio-pmem-pci" => "virtio-pmem",
            "virtio-mem-pci" => "virtio-mem",
            "sgx-epc" => "sgx-epc",
            _ => "nvdimm",
        };
        if (p.GetString("memdev") is not { } memdev || p.GetEntry("memdev") is not { } entry)
        {
            ctx.KeepAsPassthrough(option, $"{driver} without memdev= has no domain XML form");
            return;
        }

        if (ctx.Resolve("object", memdev, entry.Value.Span) is not { } backend)
        {
            return;
        }

        var dimm = model is "dimm" or "nvdimm";
        var id = p.GetString("id");
        var device = new MemoryDevice
        {
            Model = model,
            TargetNode = Node(p, "node"),
            LabelSizeKiB = KiB(p, "label-size"),
            ReadOnly = p.GetBool("unarmed") == true,
            BlockSizeKiB = KiB(p, "block-size"),
            RequestedSizeKiB = KiB(p, "requested-size"),
            Info = dimm
                ? new DeviceInfo
                {
                    Span = option.Span,
                    Alias = id is { } a && a.StartsWith("ua-", StringComparison.Ordinal) ? a : null,
                    UserAlias = id?.StartsWith("ua-", StringComparison.Ordinal) == true,
                    Address = DimmAddress(p),
                }
                : DeviceProps.Info(option, p, ctx),
        };
        ctx.AddDevice(device);
        ctx.State<MemoryBackendUses>().Uses.Add(new MemoryBackendUse(backend, Device: device, DevicePrealloc: p.GetBool("prealloc") == true));
        ctx.IgnoreProperties(option, p, Known);
    }

    /// <summary>
    /// QEMU's own spelling of SGX EPC sections (docs/system/i386/sgx.rst): <c>-machine sgx-epc.N.memdev=ID,sgx-epc.N.node=K</c>
    /// with a <c>memory-backend-epc</c> object, one &lt;memory model='sgx-epc'&gt; per section N. Returns the keys it read.
    /// </summary>
    public static IEnumerable<string> LiftMachineSections(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        var keys = new List<string>();
        for (var n = 0; p.GetEntry($"sgx-epc.{n}.memdev") is { } entry; n++)
        {
            var (memdev, node) = ($"sgx-epc.{n}.memdev", $"sgx-epc.{n}.node");
            keys.Add(memdev);
            keys.Add(node);
            if (p.GetString(memdev) is not { } id || ctx.Resolve("object", id, entry.Value.Span) is not { } backend)
            {
                continue;
            }

            var device = new MemoryDevice { Model = "sgx-epc", TargetNode = Node(p, node), Info = new DeviceInfo { Span = option.Span } };
            ctx.AddDevice(device);
            ctx.State<MemoryBackendUses>().Uses.Add(new MemoryBackendUse(backend, Device: device));
        }

        return keys;
    }

    private static int? Node(PropertyBag p, string key) => p.GetInt64(key) is { } node and >= 0 and <= int.MaxValue ? (int)node : null;

    // slot= and addr= (the guest physical base, a number for DIMMs) are <address type='dimm'>.
    private static DimmAddress? DimmAddress(PropertyBag p)
    {
        var slot = p.GetInt64("slot") is { } s and >= 0 and <= int.MaxValue ? (int?)s : null;
        var addr = p.GetInt64("addr") is { } b and >= 0 ? (ulong?)b : null;
        return slot is null && addr is null ? null : new DimmAddress(slot, addr);
    }

    private static ulong? KiB(PropertyBag p, string key) => p.GetInt64(key) is { } bytes and >= 0 ? (ulong)bytes / 1024 : null;
}
