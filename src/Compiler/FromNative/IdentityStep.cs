using Qconv.Compiler.Argv.Lifters;
using Qconv.Compiler.Diagnostics;
using Qconv.Compiler.Ir;

namespace Qconv.Compiler.FromNative;

/// <summary>
/// Name and UUID when the command line has none: libvirt cannot define a domain without a name,
/// so one is taken from the input file (with a warning); the UUID follows <see cref="FromNativeOptions.Uuid"/>.
/// </summary>
public static class IdentityStep
{
    public static Domain Run(Domain domain, FromNativeOptions options, SourceSpan at, DiagnosticBag bag)
    {
        if (domain.Name is null)
        {
            var name = options.FallbackName ?? "guest";
            bag.Warning(LiftCodes.NameFromFile, at, $"no -name: the guest is named '{name}' (libvirt requires a name)");
            domain = domain with { Name = name };
        }

        if (domain.Uuid is null)
        {
            domain = options.Uuid switch
            {
                UuidWhenAbsent.Nil => domain with { Uuid = Guid.Empty.ToString("D") },
                UuidWhenAbsent.Random => domain with { Uuid = Guid.NewGuid().ToString("D") },
                _ => domain,
            };
        }

        return domain;
    }
}
