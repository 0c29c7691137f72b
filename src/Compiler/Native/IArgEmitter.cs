namespace Qconv.Compiler.Native;

/// <summary>
/// Produces one section of the QEMU command line (one option family or one device family),
/// asking the capabilities for syntax and reading only the IR.
/// </summary>
public interface IArgEmitter
{
    void Emit(EmitContext ctx);
}
