namespace Qconv.Compiler.Caps;

/// <summary>
/// Diagnostic codes of the capability inputs (cache files and built-in profiles). The QC09xx range is
/// reserved for the compiler's inputs: capabilities (QC090x), qemu.conf (QC091x), harness data (QC092x).
/// </summary>
public static class CapsCodes
{
    /// <summary>The capability file could not be read.</summary>
    public const string Unreadable = "QC0901";

    /// <summary>The capability file is not well-formed XML (or uses a DTD).</summary>
    public const string MalformedXml = "QC0902";

    /// <summary>A required element or attribute is missing or has a value of the wrong form.</summary>
    public const string InvalidContent = "QC0903";

    /// <summary>A flag name libvirt 9.0 does not know (kept, but probably from a newer libvirt).</summary>
    public const string UnknownFlag = "QC0904";

    /// <summary>No built-in profile has that name.</summary>
    public const string UnknownProfile = "QC0905";
}
