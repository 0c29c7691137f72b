namespace Qconv.Compiler.Ir;

/// <summary>
/// One named value of a node: an attribute of a <see cref="GenericNode"/>, or a setting the IR keeps
/// by name because it has no typed field (e.g. &lt;iotune&gt; children, unmodelled driver attributes).
/// A class rather than a KeyValuePair: collections of it run on the runtime's precompiled code for
/// reference types, where KeyValuePair&lt;string, string&gt; made every ReadyToRun process JIT-compile
/// some fifty collection methods at start (measured with DOTNET_JitDisasmSummary).
/// </summary>
public sealed record Attr(string Key, string Value);
