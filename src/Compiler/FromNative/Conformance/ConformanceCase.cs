namespace Qconv.Compiler.FromNative.Conformance;

/// <summary>How a from-native corpus case is judged.</summary>
public enum ConformanceKind
{
    /// <summary>NAME.args beside NAME.xml: the lifted XML must equal NAME.xml after canonicalisation.</summary>
    Pair,

    /// <summary>NAME.args alone: from-native then to-native must give back the same argv.</summary>
    RoundTrip,
}

/// <summary>One case of a from-native conformance run and its verdict.</summary>
public sealed record ConformanceCase(string Name, string ArgsPath, string? ExpectedXmlPath, ConformanceKind Kind);

public sealed record ConformanceResult(ConformanceCase Case, bool Passed, string? Detail);
