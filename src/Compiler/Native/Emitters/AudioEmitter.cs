using System.Globalization;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// Audio backends as <c>-audiodev</c> JSON (qemuBuildAudioCommandLine); ids are <c>audioN</c>
/// after the backend's &lt;audio id&gt;.
/// </summary>
public sealed class AudioEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        foreach (var audio in ctx.Domain.DevicesOf<Audio>())
        {
            var props = new JsonProps()
                .Add("id", "audio" + audio.Id.ToString(CultureInfo.InvariantCulture))
                .Add("driver", QemuDriver(audio.Type));
            ctx.Add("-audiodev", props);
        }
    }

    /// <summary>libvirt's audio type names that QEMU spells differently.</summary>
    public static string QemuDriver(string type) => type switch
    {
        "pulseaudio" => "pa",
        _ => type,
    };
}
