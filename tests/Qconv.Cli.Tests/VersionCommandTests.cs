using Qconv.TestSupport;
using Xunit;

namespace Qconv.Cli.Tests;

public class VersionCommandTests
{
    [Fact]
    public void Version_prints_the_tool_name_and_exits_zero()
    {
        var r = QconvProcess.Run(["version"]);
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("qconv ", r.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_command_fails_with_a_message()
    {
        var r = QconvProcess.Run(["no-such-command"]);
        Assert.NotEqual(0, r.ExitCode);
        Assert.NotEmpty(r.StdErr);
    }
}
