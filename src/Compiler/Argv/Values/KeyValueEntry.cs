using Qconv.Compiler.Diagnostics;

namespace Qconv.Compiler.Argv.Values;

/// <summary>
/// One element of a QEMU <c>key=value,...</c> list. <see cref="Key"/> is null for a bare word:
/// the first one stands for the option's implied key (<c>-m 214</c>, <c>-netdev user,...</c>),
/// later ones are QemuOpts flags (<c>server</c> = <c>server=on</c>, <c>nowait</c> = <c>wait=off</c>).
/// <see cref="Value"/> has <c>,,</c> already turned into <c>,</c>.
/// </summary>
/// <param name="Span">The whole element as written.</param>
/// <param name="KeySpan">The key as written (the whole element for a bare word).</param>
/// <param name="ValueSpan">The value as written (the whole element for a bare word).</param>
public sealed record KeyValueEntry(string? Key, string Value, SourceSpan Span, SourceSpan KeySpan, SourceSpan ValueSpan);
