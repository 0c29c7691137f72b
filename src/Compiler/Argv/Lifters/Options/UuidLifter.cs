namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary><c>-uuid UUID</c>: the SMBIOS system UUID, which libvirt uses as the domain's UUID.</summary>
public sealed class UuidLifter() : OptionLifter(LiftPhase.Settings, "uuid")
{
    public override void Lift(ArgvOption option, LiftContext ctx)
    {
        if (option.Value is not { } value)
        {
            return;
        }

        if (Guid.TryParseExact(value.Text, "D", out var uuid))
        {
            ctx.Domain = ctx.Domain with { Uuid = uuid.ToString("D") };
        }
        else
        {
            ctx.Error(LiftCodes.MalformedValue, value.Span, $"-uuid: '{value.Text}' is not a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)");
        }
    }
}
