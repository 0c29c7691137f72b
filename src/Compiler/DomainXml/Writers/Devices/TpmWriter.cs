using Qconv.Compiler.Ir;

namespace Qconv.Compiler.DomainXml.Writers.Devices;

/// <summary>
/// &lt;tpm&gt; (virDomainTPMDefFormat, https://libvirt.org/formatdomain.html#tpm-device): the model,
/// then one &lt;backend&gt; whose children depend on its type, then alias and address. An external
/// backend's source is always a connecting UNIX socket, which libvirt spells out.
/// </summary>
public sealed class TpmWriter : IDeviceWriter
{
    public string ElementName => "tpm";

    public void Write(XmlTextBuilder x, Device device)
    {
        var t = (Tpm)device;
        x.Open("tpm", ("model", t.Model));
        x.Element(
            "backend",
            b => Backend(b, t),
            ("type", t.BackendType), ("version", t.Version), ("persistent_state", t.PersistentState ? "yes" : null));
        DeviceInfoWriter.Write(x, t.Info);
        x.Close();
    }

    private static void Backend(XmlTextBuilder x, Tpm t)
    {
        switch (t.BackendType)
        {
            case "passthrough":
                x.Empty("device", ("path", t.DevicePath));
                break;
            case "external":
                x.Empty("source", ("type", "unix"), ("mode", "connect"), ("path", t.SourcePath));
                break;
            case "emulator":
                if (t.EncryptionSecret is { } secret)
                {
                    x.Empty("encryption", ("secret", secret));
                }

                x.Element("active_pcr_banks", banks =>
                {
                    foreach (var bank in t.ActivePcrBanks)
                    {
                        banks.Empty(bank);
                    }
                });
                break;
        }
    }
}
