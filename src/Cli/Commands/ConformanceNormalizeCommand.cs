using System.CommandLine;
using Qconv.Compiler.Conformance;

namespace Qconv.Cli.Commands;

/// <summary>
/// <c>qconv conformance normalize DIR</c>: runs <c>qconv normalize</c> over the corpus cases that have
/// libvirt's canonical XML (<c>NAME.x86_64-latest.out.xml</c>), each with its caps, qemu.conf and the test
/// host, and prints PASS/FAIL per case (with the first differing line) and <c>N passed, M failed</c>.
/// Options and exit codes as for <c>conformance to-native</c>.
/// </summary>
internal static class ConformanceNormalizeCommand
{
    public static Command Create() => ConformanceGates.CorpusCommand(
        "normalize",
        "Compare qconv normalize with libvirt's canonical XML (*.out.xml)",
        NormalizeRunner.Run);
}
