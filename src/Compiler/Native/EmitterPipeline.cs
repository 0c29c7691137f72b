using Qconv.Compiler.Native.Emitters;
using Qconv.Compiler.Native.Emitters.Storage;

namespace Qconv.Compiler.Native;

/// <summary>
/// The sections of a command line in the order libvirt 9.0's qemuBuildCommandLine appends them.
/// A new option or device family adds its emitter at its place here.
/// </summary>
public static class EmitterPipeline
{
    public static IReadOnlyList<IArgEmitter> Ordered { get; } =
    [
        new NameEmitter(),
        new CompatEmitter(),
        new StoppedEmitter(),
        new MasterKeyEmitter(),
        new FirmwareEmitter(),
        new MachineEmitter(),
        new CpuEmitter(),
        new LoaderEmitter(),
        new MemoryEmitter(),
        new SmpEmitter(),
        new IoThreadEmitter(),
        new NumaEmitter(),
        new UuidEmitter(),
        new VmGenIdEmitter(),
        new DisplayEmitter(),
        new DefaultsEmitter(),
        new MonitorEmitter(),
        new ClockEmitter(),
        new PowerEmitter(),
        new BootEmitter(),
        new KernelEmitter(),
        new IommuEmitter(),
        new GlobalControllerEmitter(),
        new ControllerEmitter(),
        new MemoryDeviceEmitter(),
        new HubEmitter(),
        new CcidControllerEmitter(),
        new DiskEmitter(),
        new FilesystemEmitter(),
        new NetEmitter(),
        new SmartcardEmitter(),
        new CharDeviceEmitter("serial"),
        new CharDeviceEmitter("parallel"),
        new CharDeviceEmitter("channel"),
        new CharDeviceEmitter("console"),
        new TpmEmitter(),
        new InputEmitter(),
        new AudioEmitter(),
        new GraphicsEmitter(),
        new VideoEmitter(),
        new SoundEmitter(),
        new RedirdevEmitter(),
        new HostdevEmitter(),
        new MemballoonEmitter(),
        new RngEmitter(),
        new SevEmitter(),
        new PassthroughEmitter(),
        new SandboxEmitter(),
        new PanicEmitter(), new ShmemEmitter(),
        new VsockEmitter(),
        new MessageEmitter(),
    ];
}
