using Qconv.Compiler.Caps;
using Qconv.Compiler.Config;
using Qconv.Compiler.Host;

namespace Qconv.Compiler.Conformance;

/// <summary>
/// Everything a to-native compilation of one corpus case gets: the domain XML, the capabilities (the
/// corpus "latest" caps with the case's harness tweaks), the driver configuration (base.qemu.conf plus the
/// case's settings) and the harness host. The expected output is deliberately not part of it.
/// </summary>
public sealed record ToNativeCaseInput(
    ToNativeCase Case,
    string XmlPath,
    string XmlText,
    QemuCaps Caps,
    DriverConfig Config,
    IHost Host,
    HarnessArgs Harness);
