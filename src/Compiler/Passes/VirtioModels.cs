namespace Qconv.Compiler.Passes;

/// <summary>
/// libvirt's virtio model variants (https://libvirt.org/formatdomain.html#virtio-transitional-devices):
/// <c>virtio-transitional</c> devices speak legacy virtio and are conventional PCI devices;
/// <c>virtio-non-transitional</c> ones are virtio 1.0 only.
/// </summary>
public static class VirtioModels
{
    public static bool IsTransitional(string? model) =>
        model is not null && model.EndsWith("-transitional", StringComparison.Ordinal) && !IsNonTransitional(model);

    public static bool IsNonTransitional(string? model) =>
        model is not null && model.EndsWith("-non-transitional", StringComparison.Ordinal);

    /// <summary>The QEMU driver suffix for a model: <c>-transitional</c>, <c>-non-transitional</c> or nothing.</summary>
    public static string DriverSuffix(string? model) =>
        IsNonTransitional(model) ? "-non-transitional" : IsTransitional(model) ? "-transitional" : string.Empty;
}
