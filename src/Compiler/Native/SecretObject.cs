using System.Security.Cryptography;
using Qconv.Compiler.Host;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native;

/// <summary>
/// A <c>secret</c> object carrying a value encrypted with the master key (qemuBuildSecretInfoProps,
/// QEMU docs "secret" object): AES-256-CBC with PKCS#7 padding, a fresh random IV, both base64.
/// The master key is the 32 random bytes libvirt writes to master-key.aes at start-up.
/// </summary>
public static class SecretObject
{
    public const string MasterKeyAlias = "masterKey0";

    /// <summary>The key libvirt generates for a starting domain and writes to master-key.aes (qemuDomainMasterKeyCreate).</summary>
    public static byte[] NewMasterKey(IHost host) => host.RandomBytes(32);

    public static JsonProps Encrypted(EmitContext ctx, string id, byte[] value)
    {
        var key = ctx.Shared("master-key", () => NewMasterKey(ctx.Host));
        var iv = ctx.Host.RandomBytes(16);
        using var aes = Aes.Create();
        aes.Key = key;
        var cipher = aes.EncryptCbc(value, iv, PaddingMode.PKCS7);
        return new JsonProps()
            .Add("qom-type", "secret")
            .Add("id", id)
            .Add("data", Convert.ToBase64String(cipher))
            .Add("keyid", MasterKeyAlias)
            .Add("iv", Convert.ToBase64String(iv))
            .Add("format", "base64");
    }
}
