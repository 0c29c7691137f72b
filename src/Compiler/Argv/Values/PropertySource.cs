namespace Qconv.Compiler.Argv.Values;

/// <summary>Which syntax a <see cref="PropertyBag"/> was read from.</summary>
public enum PropertySource
{
    KeyValue,
    Json,
}
