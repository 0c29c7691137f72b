namespace Qconv.Compiler.Argv.Values;

/// <summary>How QEMU reads an option's value.</summary>
public enum ValueSyntax
{
    /// <summary>The option takes no value.</summary>
    None,

    /// <summary>A string with an option-specific meaning (a path, a chardev spec, a CPU model with
    /// feature flags...): left to the option's lifter.</summary>
    Raw,

    /// <summary>QEMU's <c>key=value,key2=value2</c> list (QemuOpts / keyval) with <c>,,</c> for a comma.</summary>
    KeyValue,

    /// <summary>Like <see cref="KeyValue"/>, or a JSON object when the value starts with '{'
    /// (QEMU's rule for -device, -object, -blockdev, -netdev, -audiodev, -display, -compat).</summary>
    JsonOrKeyValue,
}
