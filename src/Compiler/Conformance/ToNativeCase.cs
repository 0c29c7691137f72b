namespace Qconv.Compiler.Conformance;

/// <summary>
/// One row of the to-native manifest. <see cref="Id"/> is the name, made unique with <c>#2</c>, <c>#3</c>
/// when the manifest lists a name more than once (libvirt runs some inputs under several settings).
/// </summary>
/// <param name="ExpectedPath">NAME.x86_64-latest.args for <see cref="ToNativeExpectation.Args"/>, else the .err file (null when missing).</param>
/// <param name="CaseConfPath">NAME.qemu.conf when the case has one.</param>
/// <param name="Overrides">The manifest's qemu_conf_overrides column (the same settings as the case's qemu.conf).</param>
public sealed record ToNativeCase(
    string Id,
    string Name,
    ToNativeExpectation Expect,
    HarnessArgs Harness,
    string Overrides,
    string XmlPath,
    string? ExpectedPath,
    string? CaseConfPath,
    int ManifestLine);
