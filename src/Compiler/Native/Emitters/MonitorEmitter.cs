using System.Globalization;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// The QMP monitor socket, passed as a pre-opened file descriptor (qemuBuildMonitorCommandLine):
/// <c>-chardev socket,id=charmonitor,fd=N,server=on,wait=off -mon chardev=charmonitor,id=monitor,mode=control</c>.
/// </summary>
public sealed class MonitorEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        ctx.Add("-chardev", new KeyValueWriter("socket")
            .Add("id", "charmonitor")
            .Add("fd", ctx.Host.MonitorFd.ToString(CultureInfo.InvariantCulture))
            .Add("server", "on")
            .Add("wait", "off"));
        ctx.Add("-mon", new KeyValueWriter().Add("chardev", "charmonitor").Add("id", "monitor").Add("mode", "control"));
    }
}
