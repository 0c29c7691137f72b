using System.Collections.Frozen;
using Qconv.Compiler.Argv.Lifters.Chardev;
using Qconv.Compiler.Argv.Lifters.Options;
using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>
/// TPM frontends (<c>tpm-tis</c>, <c>tpm-crb</c>, <c>tpm-spapr</c>) with their <c>-tpmdev</c>, the mirror of
/// to-native's TpmEmitter (qemuBuildTPMCommandLine): a passthrough backend reads the host TPM and its cancel
/// file through fd sets libvirt opened, so the device path is not on the line and libvirt's default
/// (<c>/dev/tpm0</c>) is written; an emulator backend talks over a UNIX socket chardev, which is the swtpm
/// libvirt started (&lt;backend type='emulator'&gt;) when it is libvirt's socket for this guest, and an
/// external emulator (&lt;backend type='external'&gt;) otherwise. Version, encryption and persistent state
/// are swtpm's settings, not QEMU's: they are not on the command line.
/// </summary>
public sealed class TpmDeviceLifter : IDeviceLifter
{
    /// <summary>libvirt's default host TPM (VIR_DOMAIN_TPM_DEFAULT_DEVICE).</summary>
    private const string DefaultHostDevice = "/dev/tpm0";

    /// <summary>qemuTPMEmulatorCreateSocketPath names the socket of the swtpm it starts NAME-swtpm.sock.</summary>
    private const string SwtpmSocketSuffix = "-swtpm.sock";

    private static readonly FrozenSet<string> Known = DeviceProps.Understood(["tpmdev"]);

    private static readonly FrozenSet<string> TpmdevKeys = FrozenSet.ToFrozenSet(["type", "id", "path", "cancel-path", "chardev"], StringComparer.Ordinal);

    public IReadOnlyList<string> Drivers { get; } = ["tpm-tis", "tpm-crb", "tpm-spapr"];

    public void Lift(ArgvOption option, PropertyBag p, LiftContext ctx)
    {
        if (DeviceProps.Reference(option, p, ctx, "tpmdev", "tpmdev") is not { } backend || Backend(backend, ctx) is not { } tpm)
        {
            return;
        }

        ctx.AddDevice(tpm with { Model = p.GetString("driver"), Info = DeviceProps.Info(option, p, ctx) });
        ctx.IgnoreProperties(option, p, Known);
        ctx.IgnoreProperties(backend.Option, backend.Properties, TpmdevKeys);
    }

    private static Tpm? Backend(Backend backend, LiftContext ctx)
    {
        var b = backend.Properties;
        switch (b.GetString("type"))
        {
            case "passthrough":
                var path = b.GetString("path");
                foreach (var fdPath in new[] { path, b.GetString("cancel-path") })
                {
                    if (fdPath is not null)
                    {
                        AddFdLifter.Use(ctx, fdPath);
                    }
                }

                return new Tpm { BackendType = "passthrough", DevicePath = path is null || ChardevProperties.IsFdSet(path) ? DefaultHostDevice : path };
            case "emulator" when b.GetString("chardev") is { } chardev && b.GetEntry("chardev") is { } entry:
                if (ctx.Resolve("chardev", chardev, entry.Value.Span) is not { Payload: ChardevSource { Type: "unix", Path: { } socket } })
                {
                    ctx.Error(LiftCodes.MalformedValue, entry.Value.Span, $"-tpmdev emulator: chardev '{chardev}' is not a UNIX socket");
                    return null;
                }

                return IsLibvirtSwtpm(socket, ctx)
                    ? new Tpm { BackendType = "emulator" }
                    : new Tpm { BackendType = "external", SourcePath = socket };
            default:
                ctx.Error(LiftCodes.MalformedValue, backend.Option.Span, $"-tpmdev '{b.GetString("type")}' is neither passthrough nor emulator with chardev=");
                return null;
        }
    }

    // The host, when known, says where its swtpm sockets are; otherwise libvirt's naming rule decides.
    private static bool IsLibvirtSwtpm(string socket, LiftContext ctx) =>
        socket.EndsWith(SwtpmSocketSuffix, StringComparison.Ordinal)
        || (ctx.Options.Host is { } host && ctx.Domain.Name is { } name && socket == host.TpmEmulatorSocketPath(name));
}
