namespace Qconv.Compiler.Argv;

/// <summary>Diagnostic codes of the argv front end (QA = argv parser). Stable: users grep them.</summary>
public static class ArgvCodes
{
    /// <summary>Error: nothing but blanks and environment assignments.</summary>
    public const string EmptyCommandLine = "QA0001";

    /// <summary>Error: a single quote without its closing quote.</summary>
    public const string UnterminatedSingleQuote = "QA0002";

    /// <summary>Error: a double quote without its closing quote.</summary>
    public const string UnterminatedDoubleQuote = "QA0003";

    /// <summary>Warning: a backslash as the last character of the input (kept literally).</summary>
    public const string DanglingBackslash = "QA0004";

    /// <summary>Error: an option that takes a value is the last word.</summary>
    public const string MissingValue = "QA0005";

    /// <summary>Error: a JSON option value that is not well-formed JSON.</summary>
    public const string BadJson = "QA0006";

    /// <summary>Warning: the first word after the environment is an option, so no emulator is named.</summary>
    public const string NoBinary = "QA0007";

    /// <summary>Warning: a word that is neither an option nor a value (QEMU reads it as -hda).</summary>
    public const string StrayWord = "QA0008";

    /// <summary>Error: a JSON option value that is well-formed but not an object.</summary>
    public const string JsonNotObject = "QA0009";

    /// <summary>Error: <c>=value</c> without a key, or an empty element, in a key=value list.</summary>
    public const string EmptyKey = "QA0010";

    /// <summary>Warning: a key repeated in a JSON object (the last one wins).</summary>
    public const string DuplicateJsonKey = "QA0011";

    /// <summary>Warning: <c>CEPH_ARGS=-m host,...</c> with an unquoted space, joined as libvirt did.</summary>
    public const string CephArgsSpace = "QA0012";

    /// <summary>Error: the grammar rejected the input (should not happen: every input lexes).</summary>
    public const string Syntax = "QA0099";
}
