using Qconv.Compiler.Ir;

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
            GenericNodeWriter.Write(x, f);
        }

        x.Close();
    }
}
