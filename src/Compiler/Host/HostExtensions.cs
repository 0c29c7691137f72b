using System.Globalization;

namespace Qconv.Compiler.Host;

/// <summary>Conveniences over <see cref="IHost"/> that need no host-specific implementation.</summary>
public static class HostExtensions
{
    public static byte[] RandomBytes(this IHost host, int count)
    {
        var bytes = new byte[count];
        host.FillRandomBytes(bytes);
        return bytes;
    }

    /// <summary>
    /// A user id as libvirt resolves it (virGetUserID): <c>+N</c> is the number N; a name is looked up
    /// in the host's /etc/passwd.
    /// </summary>
    public static long? UserId(this IHost host, string user) => ResolveId(host, user, "/etc/passwd");

    /// <summary>A group id: <c>+N</c>, or a name looked up in the host's /etc/group.</summary>
    public static long? GroupId(this IHost host, string group) => ResolveId(host, group, "/etc/group");

    private static long? ResolveId(IHost host, string name, string database)
    {
        var numeric = name.StartsWith('+') ? name[1..] : name;
        if (long.TryParse(numeric, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }

        foreach (var line in (host.ReadTextFile(database) ?? string.Empty).Split('\n'))
        {
            var fields = line.Split(':');
            if (fields.Length > 2 && fields[0] == name && long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out id))
            {
                return id;
            }
        }

        return null;
    }
}
