namespace Qconv.Compiler.Ir;

/// <summary>
/// libvirt's <c>&lt;qemu:commandline&gt;</c> (namespace http://libvirt.org/schemas/domain/qemu/1.0):
/// raw arguments and environment variables appended to the QEMU command line.
/// from-native also keeps here what domain XML cannot represent.
/// </summary>
public sealed record QemuPassthrough(EquatableArray<string> Args, EquatableArray<EnvVar> Env);
