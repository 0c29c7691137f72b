namespace Qconv.Compiler.Caps.Profiles;

/// <summary>
/// Profile "0.10": a QEMU 0.10.5-era binary (i386 target), the world of libvirt's early command lines
/// (<c>-drive ...,if=ide</c>, <c>-net nic</c>, <c>-no-kqemu</c>, <c>-name</c>, <c>-M pc</c>): no -device,
/// -blockdev, -netdev, -chardev, JSON or -machine. The flag set is the one libvirt's own help-parsing test
/// (tests/qemuhelptest.c, case qemu-0.10.5) derived from that QEMU's <c>-help</c>; the machine and CPU
/// lists are what that QEMU offered (<c>-M ?</c>, <c>-cpu ?</c>). Written by hand.
/// One deliberate difference: no <c>uuid</c> flag, because the profile reproduces the command line of
/// libvirt's QEMU driver page, whose QEMU 0.10-era example passes no <c>-uuid</c>.
/// </summary>
internal static class Qemu010Profile
{
    public const string Text = """
# qconv capability profile
version	10005
kvm-version	0
arch	i686
emulator	/usr/bin/qemu-system-i686
flag	kqemu
flag	vnc-colon
flag	no-reboot
flag	drive
flag	name
flag	migrate-qemu-tcp
flag	migrate-qemu-exec
flag	drive-cache-v2
flag	drive-format
flag	drive-serial
flag	vga
flag	0.10
flag	enable-kvm
flag	sdl
flag	rtc-td-hack
flag	no-hpet
flag	vga-none
flag	no-shutdown
flag	no-acpi
machine	tcg	pc	max-cpus=255	default
machine	tcg	isapc	max-cpus=1
cpu	tcg	qemu64	usable
cpu	tcg	phenom	usable
cpu	tcg	core2duo	usable
cpu	tcg	qemu32	usable
cpu	tcg	coreduo	usable
cpu	tcg	486	usable
cpu	tcg	pentium	usable
cpu	tcg	pentium2	usable
cpu	tcg	pentium3	usable
cpu	tcg	athlon	usable
cpu	tcg	n270	usable
machine	kvm	pc	max-cpus=255	default
machine	kvm	isapc	max-cpus=1
cpu	kvm	qemu64	usable
cpu	kvm	phenom	usable
cpu	kvm	core2duo	usable
cpu	kvm	qemu32	usable
cpu	kvm	coreduo	usable
cpu	kvm	486	usable
cpu	kvm	pentium	usable
cpu	kvm	pentium2	usable
cpu	kvm	pentium3	usable
cpu	kvm	athlon	usable
cpu	kvm	n270	usable
""";
}
