using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Qconv.Compiler.Host;

/// <summary>
/// Reads the parts of a storage pool definition (https://libvirt.org/formatstorage.html) that disks of
/// <c>type='volume'</c> use, as libvirt keeps them in /etc/libvirt/storage/NAME.xml.
/// </summary>
public static class StoragePoolXml
{
    /// <summary>The pool described by <paramref name="xml"/>, and its &lt;target&gt;&lt;path&gt;; null when it is not a pool definition.</summary>
    public static (StoragePoolInfo Pool, string? TargetPath)? Parse(string xml, bool active)
    {
        XElement root;
        try
        {
            root = XElement.Parse(xml);
        }
        catch (XmlException)
        {
            return null;
        }

        if (root.Name != "pool" || (string?)root.Attribute("type") is not { } type)
        {
            return null;
        }

        var source = root.Element("source");
        var hosts = source?.Elements("host")
            .Where(h => h.Attribute("name") is not null)
            .Select(h => new StoragePoolHost(
                (string)h.Attribute("name")!,
                int.TryParse((string?)h.Attribute("port"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null))
            .ToList() ?? [];
        var devices = source?.Elements("device").Select(d => (string?)d.Attribute("path")).OfType<string>().ToList() ?? [];
        StoragePoolAuth? auth = null;
        if (source?.Element("auth") is { } a && (string?)a.Attribute("username") is { } user)
        {
            var secret = a.Element("secret");
            auth = new StoragePoolAuth(user, (string?)secret?.Attribute("uuid"), (string?)secret?.Attribute("usage"));
        }

        return (new StoragePoolInfo(type, active, hosts, devices, auth), root.Element("target")?.Element("path")?.Value);
    }
}
