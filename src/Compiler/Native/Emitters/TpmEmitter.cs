using System.Globalization;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// TPM devices (qemuBuildTPMCommandLine): a passthrough backend gets the host TPM and its cancel
/// file as pre-opened descriptors in fd sets (-add-fd, QEMU opens /dev/fdset/N); an emulator
/// backend talks to swtpm (or an external emulator) over a UNIX socket chardev. Then the
/// frontend device (tpm-tis, tpm-crb...).
/// </summary>
public sealed class TpmEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        var fdSet = 0;
        foreach (var tpm in ctx.Domain.DevicesOf<Tpm>())
        {
            var alias = tpm.Info.Alias ?? "tpm0";
            var tpmdev = new KeyValueWriter(tpm.BackendType == "passthrough" ? "passthrough" : "emulator").Add("id", "tpm-" + alias);
            switch (tpm.BackendType)
            {
                case "passthrough":
                    var devicePath = tpm.DevicePath ?? "/dev/tpm0";
                    var (tpmFd, cancelFd) = ctx.Host.OpenTpmPassthrough(devicePath);
                    var devSet = AddFd(ctx, ref fdSet, tpmFd, alias + "-tpm");
                    var cancelSet = AddFd(ctx, ref fdSet, cancelFd, alias + "-cancel");
                    tpmdev.Add("path", $"/dev/fdset/{devSet}").Add("cancel-path", $"/dev/fdset/{cancelSet}");
                    break;
                default:
                    var socket = tpm.BackendType == "external" ? tpm.SourcePath ?? string.Empty : ctx.Host.TpmEmulatorSocketPath(DomainShortName.Of(ctx));
                    ctx.Add("-chardev", new KeyValueWriter("socket").Add("id", "chrtpm").Add("path", socket));
                    tpmdev.Add("chardev", "chrtpm");
                    break;
            }

            ctx.Add("-tpmdev", tpmdev);
            ctx.Add("-device", new JsonProps().Add("driver", tpm.Model ?? "tpm-tis").Add("tpmdev", "tpm-" + alias).Add("id", alias));
        }
    }

    private static int AddFd(EmitContext ctx, ref int fdSet, int fd, string opaque)
    {
        var set = fdSet++;
        ctx.Add("-add-fd", $"set={set.ToString(CultureInfo.InvariantCulture)},fd={fd.ToString(CultureInfo.InvariantCulture)},opaque={opaque}");
        return set;
    }
}
