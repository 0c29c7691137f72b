namespace Qconv.Compiler.Argv.Lifters.Devices;

/// <summary>Per command line: the ids of the AHCI controllers lifted so far and their libvirt index (see <see cref="DriveBuses"/>).</summary>
public sealed class AhciControllers
{
    public Dictionary<string, int> ById { get; } = new(StringComparer.Ordinal);
}
