using System.Security.Cryptography;
using System.Text;
using Qconv.Compiler.FromNative;
using Xunit;

namespace Qconv.Compiler.Tests.FromNative;

/// <summary>
/// Secret objects encrypted with libvirt's master key: a value domain XML carries (HTTP cookies) comes back
/// when the key file can be read, and is reported (not guessed) when it cannot.
/// </summary>
public class SecretObjectTests
{
    private const string KeyFile = "/var/lib/libvirt/qemu/domain-9-web/master-key.aes";

    private static readonly byte[] Key = [.. Enumerable.Range(100, 32).Select(i => (byte)i)];

    private static string CommandLine()
    {
        var iv = Enumerable.Range(7, 16).Select(i => (byte)i).ToArray();
        using var aes = Aes.Create();
        aes.Key = Key;
        var data = Convert.ToBase64String(aes.EncryptCbc(Encoding.UTF8.GetBytes("sid=42; theme=\"dark\""), iv, PaddingMode.PKCS7));
        return "/usr/bin/qemu-system-x86_64 -name guest=web -machine pc,usb=off -m 256 -nodefaults "
            + $"-object '{{\"qom-type\":\"secret\",\"id\":\"masterKey0\",\"format\":\"raw\",\"file\":\"{KeyFile}\"}}' "
            + $"-object '{{\"qom-type\":\"secret\",\"id\":\"c0\",\"data\":\"{data}\",\"keyid\":\"masterKey0\",\"iv\":\"{Convert.ToBase64String(iv)}\",\"format\":\"base64\"}}' "
            + "-blockdev '{\"driver\":\"http\",\"url\":\"http://example.org/a.img\",\"cookie-secret\":\"c0\",\"node-name\":\"s\",\"read-only\":true}' "
            + "-device virtio-blk-pci,drive=s,id=virtio-disk0";
    }

    [Fact]
    public void Cookies_are_decrypted_with_the_master_key_the_object_names()
    {
        string? asked = null;
        var result = FromNativeCompiler.Compile(CommandLine(), "web.args", new FromNativeOptions { ReadMasterKey = path => (asked = path) == KeyFile ? Key : null });
        Assert.Equal(KeyFile, asked);
        Assert.Contains("<cookie name='sid'>42</cookie>", result.Xml, StringComparison.Ordinal);
        Assert.Contains("<cookie name='theme'>\"dark\"</cookie>", result.Xml!.Replace("&quot;", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "QC0510");
    }

    [Fact]
    public void Without_the_key_the_cookies_are_reported_as_lost()
    {
        var result = FromNativeCompiler.Compile(CommandLine(), "web.args", new FromNativeOptions());
        Assert.DoesNotContain("<cookie", result.Xml, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Code == "QC0510" && d.Message.Contains("'c0'", StringComparison.Ordinal));
    }
}
