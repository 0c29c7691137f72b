namespace Qconv.Compiler.Conformance;

/// <summary>Diagnostic codes of the conformance corpus (the QC092x part of the compiler-input range).</summary>
public static class HarnessCodes
{
    /// <summary>MANIFEST.tsv is missing or a row is malformed.</summary>
    public const string Manifest = "QC0920";

    /// <summary>The extra_harness_args column is not libvirt harness syntax qconv understands.</summary>
    public const string HarnessArgs = "QC0921";

    /// <summary>A file a case needs (its XML, its expectation) is missing.</summary>
    public const string MissingFile = "QC0922";
}
