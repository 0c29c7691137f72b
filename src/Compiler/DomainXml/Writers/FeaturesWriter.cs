using System.Globalization;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Emitters;

namespace Qconv.Compiler.DomainXml.Writers;

/// <summary>&lt;features&gt;: generic nodes in stored order.</summary>
internal static class FeaturesWriter
{
    public static void Write(XmlTextBuilder x, FeatureSet features)
    {
        if (features.Items.IsEmpty)
        {
            return;
        }

        x.Open("features");
        foreach (var f in features.Items)
        {
            GenericNodeWriter.Write(x, f.Name == "smm" ? CanonicalSmm(f) : f);
        }

        x.Close();
    }

    // libvirt stores the TSEG size in bytes and formats it back as whole MiB with an explicit unit
    // (virDomainSMMDefFormat), whatever unit the input used.
    private static GenericNode CanonicalSmm(GenericNode smm)
    {
        if (smm.Child("tseg") is not { } tseg || MachineEmitter.TsegMiB(tseg) is not { } mib)
        {
            return smm;
        }

        var canonical = new GenericNode("tseg", EquatableArray.Create(new Attr("unit", "MiB")), mib.ToString(CultureInfo.InvariantCulture), EquatableArray<GenericNode>.Empty);
        return smm with { Children = smm.Children.Select(c => c.Name == "tseg" ? canonical : c).ToEquatableArray() };
    }
}
