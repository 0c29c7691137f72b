namespace Qconv.Compiler.Config;

/// <summary>Diagnostic codes of qemu.conf reading (the QC091x part of the compiler-input range).</summary>
public static class ConfCodes
{
    /// <summary>Not libvirt's configuration syntax (unterminated string, missing '=', ...).</summary>
    public const string Syntax = "QC0910";

    /// <summary>A key's value has the wrong type (a string where a 0/1 switch belongs, ...).</summary>
    public const string Type = "QC0911";

    /// <summary>A key qconv does not know (warning: libvirt ignores unknown keys too).</summary>
    public const string UnknownKey = "QC0912";

    /// <summary>A value of the right type that libvirt still rejects (unknown stdio handler, duplicate driver, ...).</summary>
    public const string InvalidValue = "QC0913";

    /// <summary>A key set twice in one file (warning: libvirt uses the first).</summary>
    public const string DuplicateKey = "QC0914";

    /// <summary>The configuration file could not be read.</summary>
    public const string Unreadable = "QC0915";
}
