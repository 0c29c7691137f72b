namespace Qconv.Compiler.Conformance;

/// <summary>What libvirt did with a case's XML (the manifest's <c>expect</c> column).</summary>
public enum ToNativeExpectation
{
    /// <summary>libvirt built a command line: NAME.x86_64-latest.args.</summary>
    Args,

    /// <summary>libvirt's XML parser rejected the guest (FLAG_EXPECT_PARSE_ERROR).</summary>
    ParseError,

    /// <summary>The XML parsed but building the command line failed (FLAG_EXPECT_FAILURE).</summary>
    Failure,
}

public static class ToNativeExpectationNames
{
    public static string ManifestName(this ToNativeExpectation e) => e switch
    {
        ToNativeExpectation.Args => "args",
        ToNativeExpectation.ParseError => "parse-error",
        _ => "failure",
    };

    public static ToNativeExpectation? FromManifest(string text) => text switch
    {
        "args" => ToNativeExpectation.Args,
        "parse-error" => ToNativeExpectation.ParseError,
        "failure" => ToNativeExpectation.Failure,
        _ => null,
    };
}
