using Qconv.Compiler.Argv.Values;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// The legacy network syntax: <c>-net nic,macaddr=,model=,vlan=N</c> cards joined to a
/// <c>-net user|tap|bridge|socket,...,vlan=N</c> backend on the same QEMU "VLAN" (hub), one
/// &lt;interface&gt; per card. <c>-net none</c> means no network.
/// </summary>
public sealed class NetLifter() : OptionLifter(LiftPhase.Settings, "net", "nic"), ILiftFinisher
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Properties is not { } p)
        {
            return;
        }

        var state = ctx.State<NetState>();
        var type = option.Name == "nic" ? "nic" : p.GetString("type") ?? "nic";
        var vlan = p.GetString("vlan") ?? "0";
        switch (type)
        {
            case "none":
                return;
            case "nic":
                state.Cards.Add((option, p, vlan));
                return;
            default:
                state.Backends.TryAdd(vlan, (option, p));
                return;
        }
    }

    public void Finish(LiftContext ctx)
    {
        var state = ctx.State<NetState>();
        var used = new HashSet<string>();
        foreach (var (option, card, vlan) in state.Cards)
        {
            var (backendOption, backend) = state.Backends.TryGetValue(vlan, out var b) ? b : default;

            // Several cards on one hub share the backend: its keys are judged with the first card only.
            var firstUse = used.Add(vlan);
            ctx.AddDevice(NetBackends.Interface(ctx, firstUse ? backendOption : null, backend, card.GetString("macaddr"), card.GetString("model"), option.Span));

            ctx.IgnoreProperties(option, card, "type", "macaddr", "model", "vlan", "name", "netdev", "id");
        }

        foreach (var (vlan, (option, _)) in state.Backends)
        {
            if (!used.Contains(vlan))
            {
                ctx.KeepAsPassthrough(option, "a network backend without a -net nic card");
            }
        }
    }

    private sealed class NetState
    {
        public List<(ArgvOption Option, PropertyBag Props, string Vlan)> Cards { get; } = [];

        public Dictionary<string, (ArgvOption Option, PropertyBag Props)> Backends { get; } = [];
    }
}
