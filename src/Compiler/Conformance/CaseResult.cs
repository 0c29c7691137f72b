namespace Qconv.Compiler.Conformance;

public enum CaseStatus
{
    Pass,
    Fail,

    /// <summary>The case could not be judged: the compiler crashed or the case's inputs were unusable.</summary>
    Error,
}

/// <summary>
/// The verdict on one case. <see cref="Cause"/> groups failures in the report: the first differing option
/// (<c>-device virtio-net-pci</c>), or a phrase such as <c>rejected a valid guest: QC0123</c>.
/// <see cref="Detail"/> says what exactly differed.
/// </summary>
public sealed record CaseResult(ToNativeCase Case, CaseStatus Status, string? Cause, string? Detail)
{
    public static CaseResult Passed(ToNativeCase c) => new(c, CaseStatus.Pass, null, null);
}
