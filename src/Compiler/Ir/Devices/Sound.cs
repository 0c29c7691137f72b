using Qconv.Compiler.Passes;

namespace Qconv.Compiler.Ir;

/// <summary>&lt;sound model=...&gt;: an emulated sound card (https://libvirt.org/formatdomain.html#sound-devices).</summary>
public sealed record Sound : Device, IAliasedDevice, IPciDevice
{
    public override string ElementName => "sound";

    /// <summary>sb16, es1370, pcspk, ac97, ich6, ich9, usb, ich7.</summary>
    public required string Model { get; init; }

    /// <summary>&lt;codec type='duplex|micro|output'&gt; of the HDA models, in order.</summary>
    public EquatableArray<string> Codecs { get; init; } = EquatableArray<string>.Empty;

    /// <summary>&lt;audio id=...&gt;: the backend it plays through; null = the first one.</summary>
    public int? AudioId { get; init; }

    /// <summary>usb: <c>multichannel</c>.</summary>
    public bool? MultiChannel { get; init; }

    /// <summary>The HDA models drive their codecs, which then carry the audiodev.</summary>
    public bool SupportsCodecs => Model is "ich6" or "ich7" or "ich9";

    /// <summary>The PCI sound cards; sb16 and the PC speaker are ISA, usb-audio sits on USB.</summary>
    public bool WantsPci(Domain domain) => Model is "es1370" or "ac97" or "ich6" or "ich7" or "ich9";

    public string? DefaultAlias(Func<string, string> next) => next("sound");
}
