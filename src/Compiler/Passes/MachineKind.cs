namespace Qconv.Compiler.Passes;

/// <summary>
/// Classifies x86 machine types the way libvirt's qemuDomainIsI440FX / qemuDomainIsQ35 do, by
/// name: <c>pc</c>, <c>pc-0.x</c>, <c>pc-1.x</c>, <c>pc-i440fx-*</c> are i440FX; <c>q35</c>,
/// <c>pc-q35-*</c> are Q35.
/// </summary>
public static class MachineKind
{
    public static bool IsQ35(string? machine) =>
        machine is not null && (machine == "q35" || machine.StartsWith("pc-q35", StringComparison.Ordinal));

    public static bool IsI440Fx(string? machine) =>
        machine is not null && (machine == "pc" || machine.StartsWith("pc-0.", StringComparison.Ordinal) ||
                                machine.StartsWith("pc-1.", StringComparison.Ordinal) ||
                                machine.StartsWith("pc-i440fx", StringComparison.Ordinal));

    public static bool IsX86(string? arch) => arch is "x86_64" or "i686";
}
