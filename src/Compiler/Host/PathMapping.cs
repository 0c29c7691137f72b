namespace Qconv.Compiler.Host;

/// <summary>A host directory (<c>/etc/qemu/firmware</c>) served from another, real directory (virFileWrapperAddPrefix).</summary>
public sealed record PathMapping(string Prefix, string Target);
