namespace Qconv.Compiler.Caps;

/// <summary>
/// <c>&lt;hypervCapabilities supported='yes'&gt;&lt;cap name='relaxed'/&gt;...</c>: the Hyper-V
/// enlightenments KVM offers on the probed host (libvirt uses them for <c>hyperv mode='passthrough'</c>
/// style expansion).
/// </summary>
public sealed record HypervCapabilities(bool Supported, IReadOnlyList<string> Features);
