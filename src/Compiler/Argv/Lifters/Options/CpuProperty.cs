using Qconv.Compiler.Argv.Values;

namespace Qconv.Compiler.Argv.Lifters.Options;

/// <summary>
/// One element after the model in <c>-cpu MODEL,...</c>: <c>+feat</c>/<c>-feat</c> (the legacy
/// form), a bare <c>feat</c> (on), or <c>prop=value</c>. QEMU's x86 parser treats '_' and '-' in
/// names alike (x86_cpu_parse_featurestr), so <see cref="Name"/> uses dashes; <see cref="Written"/>
/// keeps the spelling of the command line.
/// </summary>
/// <param name="On">The value as a boolean (on/off, true/false, yes/no), or null for any other value.</param>
public sealed record CpuProperty(string Name, string Written, bool? On, KeyValueEntry Entry)
{
    public static CpuProperty Read(KeyValueEntry e)
    {
        var (written, on) = e switch
        {
            { Key: { } k } => (k, e.Value switch
            {
                "on" or "true" or "yes" => true,
                "off" or "false" or "no" => false,
                _ => (bool?)null,
            }),
            _ when e.Value.StartsWith('+') => (e.Value[1..], true),
            _ when e.Value.StartsWith('-') => (e.Value[1..], false),
            _ => (e.Value, true),
        };
        return new CpuProperty(written.Replace('_', '-'), written, on, e);
    }

    /// <summary>The value as written (after <c>,,</c> unescaping).</summary>
    public string Value => Entry.Value;
}
