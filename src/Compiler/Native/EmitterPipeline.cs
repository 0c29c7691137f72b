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
        new StoppedEmitter(),
        new MasterKeyEmitter(),
        new MachineEmitter(),
        new CpuEmitter(),
        new MemoryEmitter(),
        new SmpEmitter(),
        new IoThreadEmitter(),
        new UuidEmitter(),
        new DisplayEmitter(),
        new DefaultsEmitter(),
        new MonitorEmitter(),
        new ClockEmitter(),
        new PowerEmitter(),
        new BootEmitter(),
        new ControllerEmitter(),
        new DiskEmitter(),
        new FilesystemEmitter(),
        new InputEmitter(),
        new AudioEmitter(),
        new MemballoonEmitter(),
        new SandboxEmitter(),
        new MessageEmitter(),
        new PassthroughEmitter(),
    ];
}
