namespace Qconv.Compiler.Argv.Lifters;

/// <summary>Diagnostic codes of the argv lifters (from-native). Stable: users grep them.</summary>
public static class LiftCodes
{
    /// <summary>Warning: an option (or part of one) domain XML cannot express, kept in &lt;qemu:commandline&gt;.</summary>
    public const string KeptAsPassthrough = "QC0500";

    /// <summary>Error: drive=/netdev=/chardev=/audiodev=/memdev=... names an id nothing defines.</summary>
    public const string DanglingReference = "QC0501";

    /// <summary>Error: a value that does not parse (size, number, UUID, address, enumeration).</summary>
    public const string MalformedValue = "QC0502";

    /// <summary>Error: a property the option cannot do without (-device without driver, -netdev without id).</summary>
    public const string MissingProperty = "QC0503";

    /// <summary>Error: two backends of the same kind share an id.</summary>
    public const string DuplicateId = "QC0504";

    /// <summary>Warning: no -name; the guest is named after the input file.</summary>
    public const string NameFromFile = "QC0505";

    /// <summary>Warning: a backend no device uses (kept in &lt;qemu:commandline&gt;).</summary>
    public const string UnusedBackend = "QC0506";

    /// <summary>Warning: a property of a lifted option that qconv does not carry into domain XML.</summary>
    public const string IgnoredProperty = "QC0507";

    /// <summary>Error: options that contradict each other (two devices on one drive address...).</summary>
    public const string Contradiction = "QC0508";

    /// <summary>Warning: no -uuid; the nil UUID was written.</summary>
    public const string NoUuid = "QC0509";

    /// <summary>Warning: a secret object whose value domain XML cannot hold; the libvirt secret it stands for is made up.</summary>
    public const string SecretReference = "QC0510";
}
