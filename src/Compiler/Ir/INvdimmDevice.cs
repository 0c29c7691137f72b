namespace Qconv.Compiler.Ir;

/// <summary>Implemented by memory devices; an NVDIMM among them turns on the machine's nvdimm support.</summary>
public interface INvdimmDevice
{
    bool IsNvdimm { get; }
}
