using System.Text;
using Qconv.Compiler.Ir;
using Qconv.Compiler.Native.Writers;

namespace Qconv.Compiler.Native.Emitters.Storage;

/// <summary>
/// The <c>-blockdev</c> chain of one disk (qemuBuildDiskSourceCommandLine): for each level from
/// the bottom of the backing chain up, its helper objects (secrets, TLS credentials), the protocol
/// ("storage") node, an optional slice node and the format node; then the copy-on-read layer.
/// </summary>
public static class BlockdevEmitter
{
    /// <summary>Emits the chain and returns the node name the device's <c>drive</c> refers to (null for an empty drive).</summary>
    public static string? Emit(EmitContext ctx, Disk disk, int ordinal, BlockNodeNames names)
    {
        if (disk.Source.IsEmpty || names.Index(ordinal, 0) is null)
        {
            return null;
        }

        var levels = Plan(ctx, disk, ordinal, names);
        foreach (var level in levels)
        {
            AddFds(ctx, level);
        }

        string? below = null;
        for (var i = levels.Count - 1; i >= 0; i--)
        {
            var level = levels[i];
            EmitObjects(ctx, level);
            if (StorageNodeProps.Build(ctx, disk, level) is not { } storage)
            {
                return null;
            }

            ctx.Add("-blockdev", storage);
            if (level.NeedsSliceNode)
            {
                ctx.Add("-blockdev", StorageNodeProps.SliceNode(disk, level, level.Source.StorageSlice!));
            }

            var terminated = i == levels.Count - 1 && disk.BackingStoreTerminated;
            ctx.Add("-blockdev", FormatNodeProps.Build(disk, level, below, terminated));
            below = level.FormatNode;
        }

        if (disk.Driver.CopyOnRead == "on")
        {
            var cor = $"libvirt-CoR-{disk.Target.Dev}";
            ctx.Add("-blockdev", new JsonProps().Add("driver", "copy-on-read").Add("node-name", cor).Add("file", below!).Add("discard", "unmap"));
            return cor;
        }

        return below;
    }

    /// <summary>The levels of the chain, top first, with node names and secret aliases.</summary>
    public static List<StorageLevel> Plan(EmitContext ctx, Disk disk, int ordinal, BlockNodeNames names)
    {
        var result = new List<StorageLevel>();
        var sources = BlockNodeNames.Levels(disk);
        for (var i = 0; i < sources.Count; i++)
        {
            var src = sources[i];
            var idx = names.Index(ordinal, i) ?? 0;
            var top = i == 0;
            var level = new StorageLevel(src, idx, top)
            {
                Format = (top ? disk.Driver.Format : src.Format) ?? "raw",
                ReadOnly = !top || disk.ReadOnly || disk.DeviceKind == "cdrom",
                Io = src.Type is "file" or "block" ? disk.Driver.Io : null,
            };
            if (src.FdGroup is { } group)
            {
                if (ctx.Host.FdGroup(group) is not { Count: > 0 } fds)
                {
                    ctx.Error("QC0472", disk.Info, $"file descriptor group '{group}' was not associated with the domain");
                }
                else
                {
                    level = level with { FdSet = FdSets.Of(ctx).DiskSet(ordinal, i) ?? 0, FdSetSize = fds.Count };
                }
            }

            result.Add(WithHelpers(ctx, level));
        }

        return result;
    }

    /// <summary>The aliases of the helper objects (secrets, TLS credentials) a level's source needs.</summary>
    public static StorageLevel WithHelpers(EmitContext ctx, StorageLevel level)
    {
        var src = level.Source;
        if (src.Auth is not null && src.Protocol is "iscsi" or "rbd" or "http" or "https" or "ftp" or "ftps")
        {
            level = level with { AuthSecretAlias = $"{level.StorageNode}-auth-secret0" };
        }

        if (src.Encryption is { Format: "luks" or "qcow" } enc && enc.Engine != "librbd")
        {
            level = level with { EncryptionSecretAlias = $"{level.FormatNode}-encryption-secret0" };
        }

        if (src.Network.Cookies.Count > 0)
        {
            level = level with { CookieSecretAlias = $"{level.StorageNode}-httpcookie-secret0" };
        }

        if (src.Protocol == "nbd" && (src.Tls == "yes" || (src.Tls is null && NbdTls(ctx).Enabled)))
        {
            var tls = $"obj{level.StorageNode}_tls0";
            level = level with { TlsAlias = tls, TlsKeySecretAlias = NbdTls(ctx).X509SecretUuid is null ? null : tls + "-secret0" };
        }

        return level;
    }

    /// <summary>
    /// The caller's descriptors for a file opened from an fd group, one <c>-add-fd</c> each, named after the
    /// storage node and the descriptor's position in the group (qemuFDPass).
    /// </summary>
    private static void AddFds(EmitContext ctx, StorageLevel level)
    {
        if (level.Source.FdGroup is not { } group || ctx.Host.FdGroup(group) is not { } fds)
        {
            return;
        }

        for (var i = 0; i < fds.Count; i++)
        {
            ctx.Add("-add-fd", $"set={level.FdSet},fd={fds[i]},opaque={level.StorageNode}{i}");
        }
    }

    /// <summary>The secret and TLS objects a level's nodes refer to, emitted before them.</summary>
    public static void EmitObjects(EmitContext ctx, StorageLevel level)
    {
        var src = level.Source;
        if (level.AuthSecretAlias is { } auth && SecretValue(ctx, src.Auth!.SecretUuid, src.Auth.SecretType, src.Auth.SecretUsage) is { } authValue)
        {
            ctx.Add("-object", SecretObject.Encrypted(ctx, auth, authValue));
        }

        if (level.EncryptionSecretAlias is { } encAlias && SecretValue(ctx, src.Encryption!.SecretUuid, "volume", src.Encryption.SecretUsage) is { } encValue)
        {
            ctx.Add("-object", SecretObject.Encrypted(ctx, encAlias, encValue));
        }

        if (level.CookieSecretAlias is { } cookieAlias)
        {
            var cookies = string.Join("; ", src.Network.Cookies.Select(c => $"{c.Key}={c.Value}"));
            ctx.Add("-object", SecretObject.Encrypted(ctx, cookieAlias, Encoding.UTF8.GetBytes(cookies)));
        }

        if (level.TlsAlias is { } tls)
        {
            if (level.TlsKeySecretAlias is { } keyAlias && SecretValue(ctx, NbdTls(ctx).X509SecretUuid, null, null) is { } keyValue)
            {
                ctx.Add("-object", SecretObject.Encrypted(ctx, keyAlias, keyValue));
            }

            var creds = new JsonProps()
                .Add("qom-type", "tls-creds-x509")
                .Add("id", tls)
                .Add("dir", NbdTls(ctx).X509CertDir)
                .Add("endpoint", "client")
                .Add("verify-peer", true);
            creds.AddIfNotNull("passwordid", level.TlsKeySecretAlias);
            ctx.Add("-object", creds);
        }
    }

    private static byte[]? SecretValue(EmitContext ctx, string? uuid, string? usageType, string? usage)
    {
        var value = ctx.Host.SecretValue(uuid, usageType, usage);
        if (value is null)
        {
            ctx.Error("QC0102", null, $"no secret with {(uuid is not null ? "uuid '" + uuid : "usage '" + usage)}'");
        }

        return value;
    }

    /// <summary>qemu.conf's nbd_tls* settings after libvirt's inheritance from default_tls_*.</summary>
    private static Config.ResolvedTls NbdTls(EmitContext ctx) => ctx.Config.ResolveTls(Config.TlsService.Nbd, ctx.Host.PathExists);
}
