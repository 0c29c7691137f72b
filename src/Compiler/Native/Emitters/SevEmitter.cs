using System.Globalization;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters;

/// <summary>
/// AMD SEV launch security (qemuBuildSEVCommandLine): the sev-guest object the machine's
/// confidential-guest-support refers to; libvirt writes the owner's DH certificate and session
/// blob into files in the guest's private directory.
/// </summary>
public sealed class SevEmitter : IArgEmitter
{
    public void Emit(EmitContext ctx)
    {
        if (ctx.Domain.Extras.FirstOrDefault(e => e.Name == "launchSecurity") is not { } sec || sec.Attr("type") != "sev")
        {
            return;
        }

        var props = new JsonProps().Add("qom-type", "sev-guest").Add("id", "lsec0");
        AddNumber(props, "cbitpos", sec.Child("cbitpos")?.Text);
        AddNumber(props, "reduced-phys-bits", sec.Child("reducedPhysBits")?.Text);
        AddNumber(props, "policy", sec.Child("policy")?.Text);
        if (sec.Child("dhCert") is not null)
        {
            props.Add("dh-cert-file", ctx.LibDir + "/dh_cert.base64");
        }

        if (sec.Child("session") is not null)
        {
            props.Add("session-file", ctx.LibDir + "/session.base64");
        }

        if (sec.Attr("kernelHashes") is { } hashes)
        {
            props.Add("kernel-hashes", hashes == "yes");
        }

        ctx.Add("-object", props);
    }

    private static void AddNumber(JsonProps props, string key, string? text)
    {
        if (text is null)
        {
            return;
        }

        var t = text.Trim();
        var value = t.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? long.Parse(t.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : long.Parse(t, CultureInfo.InvariantCulture);
        props.Add(key, value);
    }
}
