using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// &lt;input type='evdev'&gt; passes a host evdev device through as an <c>input-linux</c> object
/// (qemuBuildInputEvdevProps): repeat, grab='all' → grab_all, grabToggle → grab-toggle.
/// </summary>
public static class InputLinuxObject
{
    public static JsonProps Build(Input input)
    {
        var props = new JsonProps().Add("qom-type", "input-linux").Add("id", input.Info.Alias ?? "input0")
            .Add("evdev", Interface.Lookup(input.Source, "dev") ?? string.Empty);
        NetEmitter.AddSwitch(props, "repeat", Interface.Lookup(input.Source, "repeat"));
        if (Interface.Lookup(input.Source, "grab") == "all")
        {
            props.Add("grab_all", true);
        }

        props.AddIfNotNull("grab-toggle", Interface.Lookup(input.Source, "grabToggle"));
        return props;
    }
}
