namespace Qconv.Compiler.Argv.Lifters;

/// <summary>Base of the option lifters: the option names and phase, given once in the constructor.</summary>
public abstract class OptionLifter(LiftPhase phase, params string[] options) : IOptionLifter
{
    public IReadOnlyList<string> Options { get; } = options;

    public LiftPhase Phase { get; } = phase;

    public abstract void Lift(ArgvOption option, LiftContext ctx);
}

/// <summary>A lifter that also concludes once every option was seen (defaults that depend on absence).</summary>
public interface ILiftFinisher
{
    void Finish(LiftContext ctx);
}
