using System.CommandLine;
using Qconv.Compiler.Conformance;

namespace Qconv.Cli.Commands;

/// <summary>
/// <c>qconv conformance to-native DIR</c>: runs the to-native compiler over libvirt's command-line corpus
/// and prints one line per case and <c>N passed, M failed</c>. Exit 0 when every case passes (or the
/// pass rate reaches <c>--min-pass-rate</c>) and no case of the ratchet regressed; 1 otherwise; 2 when the
/// corpus or the compiler is unavailable.
/// </summary>
internal static class ConformanceToNativeCommand
{
    public static Command Create() => ConformanceGates.CorpusCommand(
        "to-native",
        "Compare qconv's QEMU command lines with libvirt's expected ones",
        (corpus, filter, progress) => ToNativeRunner.Run(corpus, new ToNativeCompilerAdapter(), filter, progress));
}
