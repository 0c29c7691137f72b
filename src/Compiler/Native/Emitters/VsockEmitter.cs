using System.Globalization;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// vhost-vsock (qemuBuildVsockCommandLine): the guest CID (the host picks one for
/// &lt;cid auto='yes'&gt;) and the pre-opened /dev/vhost-vsock fd.
/// </summary>
public sealed class VsockEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        foreach (var v in ctx.Domain.DevicesOf<Vsock>())
        {
            var driver = v.Model switch
            {
                "virtio-transitional" => "vhost-vsock-pci-transitional",
                "virtio-non-transitional" => "vhost-vsock-pci-non-transitional",
                _ => v.Info.Address is OtherAddress { AddressType: "ccw" } ? "vhost-vsock-ccw" : "vhost-vsock-pci",
            };
            var cid = v.AutoCid == true || v.Cid is null ? ctx.Host.AutoVsockGuestCid() : v.Cid.Value;
            var props = VirtioProps.Create(driver, v.Driver)
                .Add("id", v.Info.Alias ?? "vsock0")
                .Add("guest-cid", cid)
                .Add("vhostfd", ctx.Host.OpenVhostVsock().ToString(CultureInfo.InvariantCulture));
            DeviceAddressProps.Add(props, v, ctx.Domain);
            ctx.Add("-device", props);
        }
    }
}
