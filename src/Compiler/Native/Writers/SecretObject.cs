using System.Security.Cryptography;

namespace Qconv.Compiler.Native.Writers;

/// <summary>
/// A QEMU <c>secret</c> object carrying a value encrypted with the domain's master key
/// (qemuBuildSecretInfoProps, AES-256-CBC with a fresh IV, QEMU docs "secret" object:
/// <c>data</c>, <c>keyid</c>, <c>iv</c> and <c>format=base64</c>), so the plain value never
/// appears on the command line.
/// </summary>
public static class SecretObject
{
    /// <summary>libvirt's name for the master key object (qemuDomainGetMasterKeyAlias).</summary>
    public const string MasterKeyAlias = "masterKey0";

    public static JsonProps Props(string alias, byte[] secret, byte[] masterKey, byte[] iv)
    {
        using var aes = Aes.Create();
        aes.Key = masterKey;
        var cipher = aes.EncryptCbc(secret, iv, PaddingMode.PKCS7);
        return new JsonProps()
            .Add("qom-type", "secret")
            .Add("id", alias)
            .Add("data", Convert.ToBase64String(cipher))
            .Add("keyid", MasterKeyAlias)
            .Add("iv", Convert.ToBase64String(iv))
            .Add("format", "base64");
    }
}
