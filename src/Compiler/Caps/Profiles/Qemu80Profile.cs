namespace Qconv.Compiler.Caps.Profiles;

/// <summary>
/// Profile "8.0": what libvirt 9.0's test suite calls "latest" x86_64 capabilities (QEMU 7.2.50, a
/// development build after 7.2.0; libvirt's caps_8.0.0.x86_64.xml).
/// In <see cref="ProfileText"/> form, converted once from that capability file with ProfileText.Write;
/// a test compares it with the file so the two cannot drift apart.
/// </summary>
internal static class Qemu80Profile
{
    public const string Text = """
# qconv capability profile
version	7002050
kvm-version	0
microcode-version	43100244
arch	x86_64
emulator	/usr/bin/qemu-system-x86_64
package	v7.2.0-333-g222059a0fc
flag	kvm
flag	sdl
flag	spice
flag	hda-duplex
flag	ccid-emulated
flag	ccid-passthru
flag	piix3-usb-uhci
flag	piix4-usb-uhci
flag	usb-ehci
flag	ich9-usb-ehci1
flag	pci-ohci
flag	usb-redir
flag	usb-hub
flag	ich9-ahci
flag	no-acpi
flag	virtio-blk-pci.scsi
flag	scsi-disk.channel
flag	scsi-block
flag	hda-micro
flag	nec-usb-xhci
flag	lsi
flag	virtio-scsi-pci
flag	disable-s3
flag	disable-s4
flag	usb-redir.filter
flag	ide-drive.wwn
flag	scsi-disk.wwn
flag	seccomp-sandbox
flag	vnc
flag	qxl
flag	VGA
flag	cirrus-vga
flag	vmware-svga
flag	usb-serial
flag	virtio-rng
flag	rng-random
flag	rng-egd
flag	megasas
flag	tpm-passthrough
flag	tpm-tis
flag	pci-bridge
flag	vfio-pci
flag	dmi-to-pci-bridge
flag	usb-storage
flag	usb-storage.removable
flag	virtio-mmio
flag	ich9-intel-hda
flag	kvm-pit-lost-tick-policy
flag	pvpanic
flag	usb-kbd
flag	usb-audio
flag	rtc-reset-reinjection
flag	iothread
flag	migrate-rdma
flag	VGA.vgamem_mb
flag	vmware-svga.vgamem_mb
flag	qxl.vgamem_mb
flag	pc-dimm
flag	machine-vmport-opt
flag	pci-serial
flag	gpex-pcihost
flag	ioh3420
flag	x3130-upstream
flag	xio3130-downstream
flag	rtl8139
flag	e1000
flag	virtio-net
flag	virtio-gpu
flag	virtio-keyboard
flag	virtio-mouse
flag	virtio-tablet
flag	virtio-input-host
flag	ich9-disable-s3
flag	ich9-disable-s4
flag	virtio-balloon-pci.deflate-on-oom
flag	mptsas1068
flag	spice-gl
flag	qxl.vram64_size_mb
flag	pxb
flag	pxb-pcie
flag	intel-iommu
flag	query-hotpluggable-cpus
flag	virtio-vga
flag	ivshmem-plain
flag	ivshmem-doorbell
flag	vhost-scsi
flag	query-cpu-model-expansion
flag	spice-rendernode
flag	nvdimm
flag	pcie-root-port
flag	query-cpu-definitions
flag	cpu-cache
flag	qemu-xhci
flag	intel-iommu.intremap
flag	intel-iommu.caching-mode
flag	intel-iommu.eim
flag	intel-iommu.device-iotlb
flag	chardev-reconnect
flag	vmcoreinfo
flag	isa-serial
flag	pcie-pci-bridge
flag	nbd-tls
flag	tpm-crb
flag	pr-manager-helper
flag	screendump_device
flag	hda-output
flag	vmgenid
flag	vhost-vsock
flag	tpm-emulator
flag	mch
flag	mch.extended-tseg-mbytes
flag	egl-headless
flag	vfio-pci.display
flag	memory-backend-memfd
flag	memory-backend-memfd.hugetlb
flag	iothread.poll-max-ns
flag	egl-headless.rendernode
flag	memory-backend-file.pmem
flag	nvdimm.unarmed
flag	virtio-pci-non-transitional
flag	nbd-bitmap
flag	x86-max-cpu
flag	cpu-unavailable-features
flag	canonical-cpu-features
flag	bochs-display
flag	migration-file-drop-cache
flag	dbus-vmstate
flag	vhost-user-gpu
flag	vhost-user-vga
flag	incremental-backup
flag	ramfb
flag	drive-nvme
flag	smp-dies
flag	i8042
flag	rng-builtin
flag	vhost-user-fs
flag	query-named-block-nodes.flat
flag	blockdev-snapshot.allow-write-only-overlay
flag	blockdev-reopen
flag	fsdev.multidevs
flag	pcie-root-port.hotplug
flag	aio.io_uring
flag	tcg
flag	virtio-blk-pci.scsi.default.disabled
flag	pvscsi
flag	cpu.migratable
flag	intel-iommu.aw-bits
flag	numa.hmat
flag	usb-host.hostdevice
flag	virtio-balloon.free-page-reporting
flag	block-export-add
flag	netdev.vhost-vdpa
flag	dc390
flag	am53c974
flag	virtio-pmem-pci
flag	vhost-user-fs.bootindex
flag	vhost-user-blk
flag	cpu-max
flag	memory-backend-file.x-use-canonical-path-for-ramblock-id
flag	migration-param.block-bitmap-mapping
flag	vnc-power-control
flag	object.qapified
flag	rotation-rate
flag	compat-deprecated
flag	acpi-index
flag	input-linux
flag	virtio-gpu-gl-pci
flag	virtio-vga-gl
flag	confidential-guest-support
flag	set-action
flag	virtio-blk.queue-size
flag	virtio-mem-pci
flag	memory-backend-file.reserve
flag	piix4.acpi-root-pci-hotplug
flag	netdev.json
flag	query-dirty-rate
flag	rbd-encryption
flag	sev-guest-kernel-hashes
flag	sev-inject-launch-secret
flag	device.json+hotplug
flag	virtio-mem-pci.prealloc
flag	calc-dirty-rate
flag	dirtyrate-param.mode
flag	blockdev.nbd.tls-hostname
flag	memory-backend-file.prealloc-threads
flag	virtio-iommu-pci
flag	virtio-iommu.boot-bypass
flag	virtio-net.rss
flag	chardev.qemu-vdagent
flag	display-dbus
flag	iothread.thread-pool-max
flag	usb-host.guest-resets-all
flag	migration.blocked-reasons
flag	query-stats
flag	query-stats-schemas
flag	thread-context
flag	screenshot-format-png
flag	machine-hpet
flag	netdev.stream
host-cpu	kvm	base	migratable
host-prop	kvm	vmx-entry-load-rtit-ctl	boolean	false
host-prop	kvm	svme-addr-chk	boolean	true	migratable=yes
host-prop	kvm	cmov	boolean	true	migratable=yes
host-prop	kvm	ia64	boolean	false
host-prop	kvm	ssb-no	boolean	false
host-prop	kvm	aes	boolean	true	migratable=yes
host-prop	kvm	vmx-apicv-xapic	boolean	false
host-prop	kvm	mmx	boolean	true	migratable=yes
host-prop	kvm	rdpid	boolean	true	migratable=yes
host-prop	kvm	arat	boolean	true	migratable=yes
host-prop	kvm	vmx-page-walk-4	boolean	false
host-prop	kvm	vmx-page-walk-5	boolean	false
host-prop	kvm	gfni	boolean	false
host-prop	kvm	ibrs-all	boolean	false
host-prop	kvm	vmx-desc-exit	boolean	false
host-prop	kvm	pause-filter	boolean	true	migratable=yes
host-prop	kvm	bus-lock-detect	boolean	false
host-prop	kvm	xsavec	boolean	true	migratable=yes
host-prop	kvm	intel-pt	boolean	false
host-prop	kvm	vmx-tsc-scaling	boolean	false
host-prop	kvm	vmx-cr8-store-exit	boolean	false
host-prop	kvm	vmx-rdseed-exit	boolean	false
host-prop	kvm	vmx-eptp-switching	boolean	false
host-prop	kvm	kvm-asyncpf	boolean	true	migratable=yes
host-prop	kvm	perfctr-core	boolean	true	migratable=yes
host-prop	kvm	mpx	boolean	false
host-prop	kvm	pbe	boolean	false
host-prop	kvm	avx512cd	boolean	false
host-prop	kvm	decodeassists	boolean	false
host-prop	kvm	vmx-exit-load-efer	boolean	false
host-prop	kvm	vmx-exit-clear-bndcfgs	boolean	false
host-prop	kvm	sse4.1	boolean	true	migratable=yes
host-prop	kvm	family	number	23
host-prop	kvm	intel-pt-lip	boolean	false
host-prop	kvm	vmx-vmwrite-vmexit-fields	boolean	false
host-prop	kvm	kvm-asyncpf-int	boolean	true	migratable=yes
host-prop	kvm	vmx-vnmi	boolean	false
host-prop	kvm	vmx-true-ctls	boolean	false
host-prop	kvm	vmx-ept-execonly	boolean	false
host-prop	kvm	vmx-exit-save-efer	boolean	false
host-prop	kvm	vmx-invept-all-context	boolean	false
host-prop	kvm	wbnoinvd	boolean	true	migratable=yes
host-prop	kvm	avx512f	boolean	false
host-prop	kvm	msr	boolean	true	migratable=yes
host-prop	kvm	mce	boolean	true	migratable=yes
host-prop	kvm	mca	boolean	true	migratable=yes
host-prop	kvm	xcrypt	boolean	false
host-prop	kvm	sgx	boolean	false
host-prop	kvm	vmx-exit-load-pat	boolean	false
host-prop	kvm	vmx-intr-exit	boolean	false
host-prop	kvm	min-level	number	16
host-prop	kvm	vmx-flexpriority	boolean	false
host-prop	kvm	xgetbv1	boolean	true	migratable=yes
host-prop	kvm	cid	boolean	false
host-prop	kvm	sgx-exinfo	boolean	false
host-prop	kvm	ds	boolean	false
host-prop	kvm	fxsr	boolean	true	migratable=yes
host-prop	kvm	avx512-fp16	boolean	false
host-prop	kvm	avx512-bf16	boolean	false
host-prop	kvm	vmx-cr8-load-exit	boolean	false
host-prop	kvm	xsaveopt	boolean	true	migratable=yes
host-prop	kvm	arch-lbr	boolean	false
host-prop	kvm	vmx-apicv-vid	boolean	false
host-prop	kvm	vmx-exit-save-pat	boolean	false
host-prop	kvm	xtpr	boolean	false
host-prop	kvm	tsx-ctrl	boolean	false
host-prop	kvm	vmx-ple	boolean	false
host-prop	kvm	avx512vl	boolean	false
host-prop	kvm	avx512-vpopcntdq	boolean	false
host-prop	kvm	phe	boolean	false
host-prop	kvm	extapic	boolean	false
host-prop	kvm	3dnowprefetch	boolean	true	migratable=yes
host-prop	kvm	vmx-vmfunc	boolean	false
host-prop	kvm	vmx-activity-shutdown	boolean	false
host-prop	kvm	sgx1	boolean	false
host-prop	kvm	sgx2	boolean	false
host-prop	kvm	avx512vbmi2	boolean	false
host-prop	kvm	cr8legacy	boolean	true	migratable=yes
host-prop	kvm	vmx-encls-exit	boolean	false
host-prop	kvm	stibp	boolean	true	migratable=yes
host-prop	kvm	vmx-msr-bitmap	boolean	false
host-prop	kvm	xcrypt-en	boolean	false
host-prop	kvm	vmx-mwait-exit	boolean	false
host-prop	kvm	vmx-pml	boolean	false
host-prop	kvm	vmx-nmi-exit	boolean	false
host-prop	kvm	amx-tile	boolean	false
host-prop	kvm	vmx-invept-single-context-noglobals	boolean	false
host-prop	kvm	pn	boolean	false
host-prop	kvm	rsba	boolean	false
host-prop	kvm	dca	boolean	false
host-prop	kvm	vendor	string	AuthenticAMD
host-prop	kvm	vmx-unrestricted-guest	boolean	false
host-prop	kvm	vmx-cr3-store-noexit	boolean	false
host-prop	kvm	pku	boolean	false
host-prop	kvm	pks	boolean	false
host-prop	kvm	smx	boolean	false
host-prop	kvm	cmp-legacy	boolean	true	migratable=yes
host-prop	kvm	avx512-4fmaps	boolean	false
host-prop	kvm	vmcb-clean	boolean	true	migratable=yes
host-prop	kvm	hle	boolean	false
host-prop	kvm	avx-vnni	boolean	false
host-prop	kvm	3dnowext	boolean	false
host-prop	kvm	amd-no-ssb	boolean	false
host-prop	kvm	npt	boolean	true	migratable=yes
host-prop	kvm	sgxlc	boolean	false
host-prop	kvm	rdctl-no	boolean	true	migratable=yes
host-prop	kvm	vmx-invvpid	boolean	false
host-prop	kvm	clwb	boolean	true	migratable=yes
host-prop	kvm	lbrv	boolean	true	migratable=yes
host-prop	kvm	adx	boolean	true	migratable=yes
host-prop	kvm	ss	boolean	false
host-prop	kvm	pni	boolean	true	migratable=yes
host-prop	kvm	tsx-ldtrk	boolean	false
host-prop	kvm	svm-lock	boolean	false
host-prop	kvm	smep	boolean	true	migratable=yes
host-prop	kvm	smap	boolean	true	migratable=yes
host-prop	kvm	pfthreshold	boolean	true	migratable=yes
host-prop	kvm	vmx-invpcid-exit	boolean	false
host-prop	kvm	amx-int8	boolean	false
host-prop	kvm	x2apic	boolean	true	migratable=yes
host-prop	kvm	avx512vbmi	boolean	false
host-prop	kvm	avx512vnni	boolean	false
host-prop	kvm	vmx-apicv-x2apic	boolean	false
host-prop	kvm	kvm-pv-sched-yield	boolean	true	migratable=yes
host-prop	kvm	vmx-invlpg-exit	boolean	false
host-prop	kvm	vmx-invvpid-all-context	boolean	false
host-prop	kvm	vmx-activity-hlt	boolean	false
host-prop	kvm	flushbyasid	boolean	false
host-prop	kvm	f16c	boolean	true	migratable=yes
host-prop	kvm	vmx-exit-ack-intr	boolean	false
host-prop	kvm	ace2-en	boolean	false
host-prop	kvm	pae	boolean	true	migratable=yes
host-prop	kvm	pat	boolean	true	migratable=yes
host-prop	kvm	sse	boolean	true	migratable=yes
host-prop	kvm	phe-en	boolean	false
host-prop	kvm	vmx-tsc-offset	boolean	false
host-prop	kvm	kvm-nopiodelay	boolean	true	migratable=yes
host-prop	kvm	tm	boolean	false
host-prop	kvm	kvmclock-stable-bit	boolean	true	migratable=yes
host-prop	kvm	vmx-rdtsc-exit	boolean	false
host-prop	kvm	hypervisor	boolean	true	migratable=yes
host-prop	kvm	vmx-rdtscp-exit	boolean	false
host-prop	kvm	mds-no	boolean	true	migratable=yes
host-prop	kvm	pcommit	boolean	false
host-prop	kvm	vmx-vpid	boolean	false
host-prop	kvm	syscall	boolean	true	migratable=yes
host-prop	kvm	avx512dq	boolean	false
host-prop	kvm	svm	boolean	true	migratable=yes
host-prop	kvm	invtsc	boolean	true	migratable=no
host-prop	kvm	vmx-monitor-exit	boolean	false
host-prop	kvm	sse2	boolean	true	migratable=yes
host-prop	kvm	ssbd	boolean	true	migratable=yes
host-prop	kvm	vmx-wbinvd-exit	boolean	false
host-prop	kvm	est	boolean	false
host-prop	kvm	kvm-poll-control	boolean	true	migratable=yes
host-prop	kvm	avx512ifma	boolean	false
host-prop	kvm	tm2	boolean	false
host-prop	kvm	kvm-pv-eoi	boolean	true	migratable=yes
host-prop	kvm	kvm-pv-ipi	boolean	true	migratable=yes
host-prop	kvm	cx8	boolean	true	migratable=yes
host-prop	kvm	vmx-invvpid-single-addr	boolean	false
host-prop	kvm	waitpkg	boolean	false
host-prop	kvm	cldemote	boolean	false
host-prop	kvm	sgx-tokenkey	boolean	false
host-prop	kvm	vmx-ept	boolean	false
host-prop	kvm	xfd	boolean	false
host-prop	kvm	kvm-mmu	boolean	false
host-prop	kvm	sse4.2	boolean	true	migratable=yes
host-prop	kvm	pge	boolean	true	migratable=yes
host-prop	kvm	avx512bitalg	boolean	false
host-prop	kvm	pdcm	boolean	false
host-prop	kvm	vmx-entry-load-bndcfgs	boolean	false
host-prop	kvm	vmx-exit-clear-rtit-ctl	boolean	false
host-prop	kvm	model	number	113
host-prop	kvm	movbe	boolean	true	migratable=yes
host-prop	kvm	nrip-save	boolean	true	migratable=yes
host-prop	kvm	ssse3	boolean	true	migratable=yes
host-prop	kvm	sse4a	boolean	true	migratable=yes
host-prop	kvm	kvm-msi-ext-dest-id	boolean	false
host-prop	kvm	vmx-pause-exit	boolean	false
host-prop	kvm	invpcid	boolean	false
host-prop	kvm	sgx-debug	boolean	false
host-prop	kvm	pdpe1gb	boolean	true	migratable=yes
host-prop	kvm	sgx-mode64	boolean	false
host-prop	kvm	tsc-deadline	boolean	true	migratable=yes
host-prop	kvm	skip-l1dfl-vmentry	boolean	true	migratable=yes
host-prop	kvm	vmx-exit-load-perf-global-ctrl	boolean	false
host-prop	kvm	fma	boolean	true	migratable=yes
host-prop	kvm	cx16	boolean	true	migratable=yes
host-prop	kvm	de	boolean	true	migratable=yes
host-prop	kvm	stepping	number	0
host-prop	kvm	xsave	boolean	true	migratable=yes
host-prop	kvm	clflush	boolean	true	migratable=yes
host-prop	kvm	skinit	boolean	false
host-prop	kvm	tsc	boolean	true	migratable=yes
host-prop	kvm	tce	boolean	false
host-prop	kvm	fpu	boolean	true	migratable=yes
host-prop	kvm	ds-cpl	boolean	false
host-prop	kvm	ibs	boolean	false
host-prop	kvm	fma4	boolean	false
host-prop	kvm	vmx-exit-nosave-debugctl	boolean	false
host-prop	kvm	sgx-kss	boolean	false
host-prop	kvm	la57	boolean	false
host-prop	kvm	vmx-invept	boolean	false
host-prop	kvm	osvw	boolean	true	migratable=yes
host-prop	kvm	apic	boolean	true	migratable=yes
host-prop	kvm	pmm	boolean	false
host-prop	kvm	vmx-entry-noload-debugctl	boolean	false
host-prop	kvm	vmx-eptad	boolean	false
host-prop	kvm	spec-ctrl	boolean	false
host-prop	kvm	vmx-posted-intr	boolean	false
host-prop	kvm	vmx-apicv-register	boolean	false
host-prop	kvm	tsc-adjust	boolean	true	migratable=yes
host-prop	kvm	kvm-steal-time	boolean	true	migratable=yes
host-prop	kvm	avx512-vp2intersect	boolean	false
host-prop	kvm	kvmclock	boolean	true	migratable=yes
host-prop	kvm	vmx-zero-len-inject	boolean	false
host-prop	kvm	pschange-mc-no	boolean	true	migratable=yes
host-prop	kvm	v-vmsave-vmload	boolean	true	migratable=yes
host-prop	kvm	vmx-rdrand-exit	boolean	false
host-prop	kvm	sgx-provisionkey	boolean	false
host-prop	kvm	lwp	boolean	false
host-prop	kvm	amd-ssbd	boolean	true	migratable=yes
host-prop	kvm	xop	boolean	false
host-prop	kvm	ibpb	boolean	true	migratable=yes
host-prop	kvm	ibrs	boolean	false
host-prop	kvm	avx	boolean	true	migratable=yes
host-prop	kvm	core-capability	boolean	false
host-prop	kvm	vmx-invept-single-context	boolean	false
host-prop	kvm	movdiri	boolean	false
host-prop	kvm	acpi	boolean	false
host-prop	kvm	avx512bw	boolean	false
host-prop	kvm	ace2	boolean	false
host-prop	kvm	fsgsbase	boolean	true	migratable=yes
host-prop	kvm	vmx-ept-2mb	boolean	false
host-prop	kvm	vmx-ept-1gb	boolean	false
host-prop	kvm	ht	boolean	false
host-prop	kvm	vmx-io-exit	boolean	false
host-prop	kvm	nx	boolean	true	migratable=yes
host-prop	kvm	pclmulqdq	boolean	true	migratable=yes
host-prop	kvm	mmxext	boolean	true	migratable=yes
host-prop	kvm	popcnt	boolean	true	migratable=yes
host-prop	kvm	vaes	boolean	false
host-prop	kvm	serialize	boolean	false
host-prop	kvm	movdir64b	boolean	false
host-prop	kvm	xsaves	boolean	true	migratable=yes
host-prop	kvm	vmx-shadow-vmcs	boolean	false
host-prop	kvm	lm	boolean	true	migratable=yes
host-prop	kvm	vmx-exit-save-preemption-timer	boolean	false
host-prop	kvm	vmx-entry-load-pat	boolean	false
host-prop	kvm	fsrm	boolean	false
host-prop	kvm	vmx-entry-load-perf-global-ctrl	boolean	false
host-prop	kvm	vmx-io-bitmap	boolean	false
host-prop	kvm	umip	boolean	true	migratable=yes
host-prop	kvm	vmx-store-lma	boolean	false
host-prop	kvm	vmx-movdr-exit	boolean	false
host-prop	kvm	pse	boolean	true	migratable=yes
host-prop	kvm	avx2	boolean	true	migratable=yes
host-prop	kvm	avic	boolean	false
host-prop	kvm	sep	boolean	true	migratable=yes
host-prop	kvm	virt-ssbd	boolean	true	migratable=yes
host-prop	kvm	vmx-cr3-load-noexit	boolean	false
host-prop	kvm	nodeid-msr	boolean	false
host-prop	kvm	md-clear	boolean	false
host-prop	kvm	misalignsse	boolean	true	migratable=yes
host-prop	kvm	split-lock-detect	boolean	false
host-prop	kvm	min-xlevel	number	2147483681
host-prop	kvm	bmi1	boolean	true	migratable=yes
host-prop	kvm	bmi2	boolean	true	migratable=yes
host-prop	kvm	kvm-pv-unhalt	boolean	true	migratable=yes
host-prop	kvm	tsc-scale	boolean	true	migratable=yes
host-prop	kvm	topoext	boolean	false
host-prop	kvm	amd-stibp	boolean	true	migratable=yes
host-prop	kvm	vmx-preemption-timer	boolean	false
host-prop	kvm	clflushopt	boolean	true	migratable=yes
host-prop	kvm	vmx-entry-load-pkrs	boolean	false
host-prop	kvm	vmx-vnmi-pending	boolean	false
host-prop	kvm	monitor	boolean	false
host-prop	kvm	vmx-vintr-pending	boolean	false
host-prop	kvm	avx512er	boolean	false
host-prop	kvm	full-width-write	boolean	false
host-prop	kvm	pmm-en	boolean	false
host-prop	kvm	pcid	boolean	false
host-prop	kvm	taa-no	boolean	false
host-prop	kvm	arch-capabilities	boolean	true	migratable=yes
host-prop	kvm	vgif	boolean	true	migratable=yes
host-prop	kvm	vmx-secondary-ctls	boolean	false
host-prop	kvm	vmx-xsaves	boolean	false
host-prop	kvm	clzero	boolean	true	migratable=yes
host-prop	kvm	3dnow	boolean	false
host-prop	kvm	erms	boolean	false
host-prop	kvm	vmx-entry-ia32e-mode	boolean	false
host-prop	kvm	lahf-lm	boolean	true	migratable=yes
host-prop	kvm	vpclmulqdq	boolean	false
host-prop	kvm	vmx-ins-outs	boolean	false
host-prop	kvm	fxsr-opt	boolean	true	migratable=yes
host-prop	kvm	xstore	boolean	false
host-prop	kvm	rtm	boolean	false
host-prop	kvm	kvm-hint-dedicated	boolean	false
host-prop	kvm	amx-bf16	boolean	false
host-prop	kvm	lmce	boolean	false
host-prop	kvm	perfctr-nb	boolean	false
host-prop	kvm	rdrand	boolean	true	migratable=yes
host-prop	kvm	rdseed	boolean	true	migratable=yes
host-prop	kvm	avx512-4vnniw	boolean	false
host-prop	kvm	vme	boolean	true	migratable=yes
host-prop	kvm	vmx	boolean	false
host-prop	kvm	dtes64	boolean	false
host-prop	kvm	mtrr	boolean	true	migratable=yes
host-prop	kvm	rdtscp	boolean	true	migratable=yes
host-prop	kvm	xsaveerptr	boolean	true	migratable=yes
host-prop	kvm	pse36	boolean	true	migratable=yes
host-prop	kvm	kvm-pv-tlb-flush	boolean	true	migratable=yes
host-prop	kvm	vmx-activity-wait-sipi	boolean	false
host-prop	kvm	tbm	boolean	false
host-prop	kvm	wdt	boolean	false
host-prop	kvm	vmx-rdpmc-exit	boolean	false
host-prop	kvm	vmx-mtf	boolean	false
host-prop	kvm	vmx-entry-load-efer	boolean	false
host-prop	kvm	model-id	string	AMD Ryzen 9 3900X 12-Core Processor            
host-prop	kvm	sha-ni	boolean	true	migratable=yes
host-prop	kvm	vmx-exit-load-pkrs	boolean	false
host-prop	kvm	abm	boolean	true	migratable=yes
host-prop	kvm	vmx-ept-advanced-exitinfo	boolean	false
host-prop	kvm	avx512pf	boolean	false
host-prop	kvm	vmx-hlt-exit	boolean	false
host-prop	kvm	xstore-en	boolean	false
machine	kvm	pc-i440fx-8.0	alias=pc	max-cpus=255	default	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	kvm	pc-q35-5.2	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	kvm	pc-i440fx-2.12	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-i440fx-2.0	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-i440fx-6.2	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	kvm	pc-q35-4.2	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-i440fx-2.5	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-i440fx-4.2	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-i440fx-5.2	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	kvm	pc-i440fx-1.5	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	deprecated	numa-mem
machine	kvm	pc-q35-2.7	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-q35-7.1	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	kvm	pc-i440fx-2.2	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-i440fx-2.7	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-q35-6.1	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	kvm	pc-q35-2.4	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-i440fx-7.1	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	kvm	pc-q35-2.10	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	x-remote	max-cpus=1
machine	kvm	pc-i440fx-1.7	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	deprecated	numa-mem
machine	kvm	pc-q35-5.1	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	kvm	pc-q35-2.9	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-i440fx-2.11	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-q35-3.1	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-i440fx-6.1	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	kvm	pc-q35-4.1	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-i440fx-2.4	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-i440fx-4.1	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-i440fx-5.1	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	kvm	pc-i440fx-2.9	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	isapc	max-cpus=1	hotplug-cpus	default-cpu=486-x86_64-cpu	default-ram-id=pc.ram
machine	kvm	pc-i440fx-1.4	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	deprecated	numa-mem
machine	kvm	pc-q35-2.6	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-i440fx-3.1	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-q35-2.12	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-q35-7.0	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	kvm	pc-i440fx-2.1	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-q35-8.0	alias=q35	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	kvm	pc-q35-6.0	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	kvm	pc-i440fx-2.6	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-q35-4.0.1	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-i440fx-7.0	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	kvm	pc-i440fx-1.6	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	deprecated	numa-mem
machine	kvm	pc-q35-5.0	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-q35-2.8	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-i440fx-2.10	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-q35-3.0	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-i440fx-6.0	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	kvm	pc-q35-7.2	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	kvm	pc-q35-4.0	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	microvm	max-cpus=288	default-cpu=qemu64-x86_64-cpu	default-ram-id=microvm.ram
machine	kvm	pc-i440fx-2.3	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-i440fx-4.0	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-i440fx-5.0	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-i440fx-2.8	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-q35-6.2	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	kvm	pc-q35-2.5	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-i440fx-3.0	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	kvm	pc-i440fx-7.2	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	kvm	pc-q35-2.11	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
cpu	kvm	max	typename=max-x86_64-cpu	usable
cpu	kvm	host	typename=host-x86_64-cpu	usable
cpu	kvm	base	typename=base-x86_64-cpu	usable
cpu	kvm	qemu64-v1	typename=qemu64-v1-x86_64-cpu	usable
cpu	kvm	qemu64	typename=qemu64-x86_64-cpu	usable
cpu	kvm	qemu32-v1	typename=qemu32-v1-x86_64-cpu	usable
cpu	kvm	qemu32	typename=qemu32-x86_64-cpu	usable
cpu	kvm	phenom-v1	typename=phenom-v1-x86_64-cpu	blockers=3dnowext,3dnow
cpu	kvm	phenom	typename=phenom-x86_64-cpu	blockers=3dnowext,3dnow
cpu	kvm	pentium3-v1	typename=pentium3-v1-x86_64-cpu	usable
cpu	kvm	pentium3	typename=pentium3-x86_64-cpu	usable
cpu	kvm	pentium2-v1	typename=pentium2-v1-x86_64-cpu	usable
cpu	kvm	pentium2	typename=pentium2-x86_64-cpu	usable
cpu	kvm	pentium-v1	typename=pentium-v1-x86_64-cpu	usable
cpu	kvm	pentium	typename=pentium-x86_64-cpu	usable
cpu	kvm	n270-v1	typename=n270-v1-x86_64-cpu	blockers=ss
cpu	kvm	n270	typename=n270-x86_64-cpu	blockers=ss
cpu	kvm	kvm64-v1	typename=kvm64-v1-x86_64-cpu	usable
cpu	kvm	kvm64	typename=kvm64-x86_64-cpu	usable
cpu	kvm	kvm32-v1	typename=kvm32-v1-x86_64-cpu	usable
cpu	kvm	kvm32	typename=kvm32-x86_64-cpu	usable
cpu	kvm	coreduo-v1	typename=coreduo-v1-x86_64-cpu	blockers=ss
cpu	kvm	coreduo	typename=coreduo-x86_64-cpu	blockers=ss
cpu	kvm	core2duo-v1	typename=core2duo-v1-x86_64-cpu	blockers=ss
cpu	kvm	core2duo	typename=core2duo-x86_64-cpu	blockers=ss
cpu	kvm	athlon-v1	typename=athlon-v1-x86_64-cpu	blockers=3dnowext,3dnow
cpu	kvm	athlon	typename=athlon-x86_64-cpu	blockers=3dnowext,3dnow
cpu	kvm	Westmere-v2	typename=Westmere-v2-x86_64-cpu	blockers=spec-ctrl
cpu	kvm	Westmere-v1	typename=Westmere-v1-x86_64-cpu	usable
cpu	kvm	Westmere-IBRS	typename=Westmere-IBRS-x86_64-cpu	blockers=spec-ctrl
cpu	kvm	Westmere	typename=Westmere-x86_64-cpu	usable
cpu	kvm	Snowridge-v4	typename=Snowridge-v4-x86_64-cpu	blockers=erms,gfni,cldemote,movdiri,movdir64b,spec-ctrl
cpu	kvm	Snowridge-v3	typename=Snowridge-v3-x86_64-cpu	blockers=erms,gfni,cldemote,movdiri,movdir64b,spec-ctrl,core-capability,split-lock-detect
cpu	kvm	Snowridge-v2	typename=Snowridge-v2-x86_64-cpu	blockers=erms,gfni,cldemote,movdiri,movdir64b,spec-ctrl,core-capability,split-lock-detect
cpu	kvm	Snowridge-v1	typename=Snowridge-v1-x86_64-cpu	blockers=erms,mpx,gfni,cldemote,movdiri,movdir64b,spec-ctrl,core-capability,mpx,mpx,split-lock-detect
cpu	kvm	Snowridge	typename=Snowridge-x86_64-cpu	blockers=erms,mpx,gfni,cldemote,movdiri,movdir64b,spec-ctrl,core-capability,mpx,mpx,split-lock-detect
cpu	kvm	Skylake-Server-v5	typename=Skylake-Server-v5-x86_64-cpu	blockers=pcid,erms,invpcid,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,pku,spec-ctrl,avx512f,avx512f,avx512f,pku
cpu	kvm	Skylake-Server-v4	typename=Skylake-Server-v4-x86_64-cpu	blockers=pcid,erms,invpcid,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,pku,spec-ctrl,avx512f,avx512f,avx512f,pku
cpu	kvm	Skylake-Server-v3	typename=Skylake-Server-v3-x86_64-cpu	blockers=pcid,erms,invpcid,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,pku,spec-ctrl,avx512f,avx512f,avx512f,pku
cpu	kvm	Skylake-Server-v2	typename=Skylake-Server-v2-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,pku,spec-ctrl,avx512f,avx512f,avx512f,pku
cpu	kvm	Skylake-Server-v1	typename=Skylake-Server-v1-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,pku,avx512f,avx512f,avx512f,pku
cpu	kvm	Skylake-Server-noTSX-IBRS	typename=Skylake-Server-noTSX-IBRS-x86_64-cpu	blockers=pcid,erms,invpcid,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,pku,spec-ctrl,avx512f,avx512f,avx512f,pku
cpu	kvm	Skylake-Server-IBRS	typename=Skylake-Server-IBRS-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,pku,spec-ctrl,avx512f,avx512f,avx512f,pku
cpu	kvm	Skylake-Server	typename=Skylake-Server-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,pku,avx512f,avx512f,avx512f,pku
cpu	kvm	Skylake-Client-v4	typename=Skylake-Client-v4-x86_64-cpu	blockers=pcid,erms,invpcid,spec-ctrl
cpu	kvm	Skylake-Client-v3	typename=Skylake-Client-v3-x86_64-cpu	blockers=pcid,erms,invpcid,spec-ctrl
cpu	kvm	Skylake-Client-v2	typename=Skylake-Client-v2-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm,spec-ctrl
cpu	kvm	Skylake-Client-v1	typename=Skylake-Client-v1-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm
cpu	kvm	Skylake-Client-noTSX-IBRS	typename=Skylake-Client-noTSX-IBRS-x86_64-cpu	blockers=pcid,erms,invpcid,spec-ctrl
cpu	kvm	Skylake-Client-IBRS	typename=Skylake-Client-IBRS-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm,spec-ctrl
cpu	kvm	Skylake-Client	typename=Skylake-Client-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm
cpu	kvm	SandyBridge-v2	typename=SandyBridge-v2-x86_64-cpu	blockers=spec-ctrl
cpu	kvm	SandyBridge-v1	typename=SandyBridge-v1-x86_64-cpu	usable
cpu	kvm	SandyBridge-IBRS	typename=SandyBridge-IBRS-x86_64-cpu	blockers=spec-ctrl
cpu	kvm	SandyBridge	typename=SandyBridge-x86_64-cpu	usable
cpu	kvm	Penryn-v1	typename=Penryn-v1-x86_64-cpu	usable
cpu	kvm	Penryn	typename=Penryn-x86_64-cpu	usable
cpu	kvm	Opteron_G5-v1	typename=Opteron_G5-v1-x86_64-cpu	blockers=xop,fma4,tbm
cpu	kvm	Opteron_G5	typename=Opteron_G5-x86_64-cpu	blockers=xop,fma4,tbm
cpu	kvm	Opteron_G4-v1	typename=Opteron_G4-v1-x86_64-cpu	blockers=xop,fma4
cpu	kvm	Opteron_G4	typename=Opteron_G4-x86_64-cpu	blockers=xop,fma4
cpu	kvm	Opteron_G3-v1	typename=Opteron_G3-v1-x86_64-cpu	usable
cpu	kvm	Opteron_G3	typename=Opteron_G3-x86_64-cpu	usable
cpu	kvm	Opteron_G2-v1	typename=Opteron_G2-v1-x86_64-cpu	usable
cpu	kvm	Opteron_G2	typename=Opteron_G2-x86_64-cpu	usable
cpu	kvm	Opteron_G1-v1	typename=Opteron_G1-v1-x86_64-cpu	usable
cpu	kvm	Opteron_G1	typename=Opteron_G1-x86_64-cpu	usable
cpu	kvm	Nehalem-v2	typename=Nehalem-v2-x86_64-cpu	blockers=spec-ctrl
cpu	kvm	Nehalem-v1	typename=Nehalem-v1-x86_64-cpu	usable
cpu	kvm	Nehalem-IBRS	typename=Nehalem-IBRS-x86_64-cpu	blockers=spec-ctrl
cpu	kvm	Nehalem	typename=Nehalem-x86_64-cpu	usable
cpu	kvm	KnightsMill-v1	typename=KnightsMill-v1-x86_64-cpu	blockers=ss,erms,avx512f,avx512pf,avx512er,avx512cd,avx512-vpopcntdq,avx512-4vnniw,avx512-4fmaps,avx512f,avx512f,avx512f
cpu	kvm	KnightsMill	typename=KnightsMill-x86_64-cpu	blockers=ss,erms,avx512f,avx512pf,avx512er,avx512cd,avx512-vpopcntdq,avx512-4vnniw,avx512-4fmaps,avx512f,avx512f,avx512f
cpu	kvm	IvyBridge-v2	typename=IvyBridge-v2-x86_64-cpu	blockers=erms,spec-ctrl
cpu	kvm	IvyBridge-v1	typename=IvyBridge-v1-x86_64-cpu	blockers=erms
cpu	kvm	IvyBridge-IBRS	typename=IvyBridge-IBRS-x86_64-cpu	blockers=erms,spec-ctrl
cpu	kvm	IvyBridge	typename=IvyBridge-x86_64-cpu	blockers=erms
cpu	kvm	Icelake-Server-v6	typename=Icelake-Server-v6-x86_64-cpu	blockers=pcid,erms,invpcid,avx512f,avx512dq,avx512ifma,avx512cd,avx512bw,avx512vl,avx512vbmi,pku,avx512vbmi2,gfni,vaes,vpclmulqdq,avx512vnni,avx512bitalg,avx512-vpopcntdq,la57,fsrm,spec-ctrl,avx512f,avx512f,avx512f,pku,ibrs-all,taa-no
cpu	kvm	Icelake-Server-v5	typename=Icelake-Server-v5-x86_64-cpu	blockers=pcid,erms,invpcid,avx512f,avx512dq,avx512ifma,avx512cd,avx512bw,avx512vl,avx512vbmi,pku,avx512vbmi2,gfni,vaes,vpclmulqdq,avx512vnni,avx512bitalg,avx512-vpopcntdq,la57,fsrm,spec-ctrl,avx512f,avx512f,avx512f,pku,ibrs-all,taa-no
cpu	kvm	Icelake-Server-v4	typename=Icelake-Server-v4-x86_64-cpu	blockers=pcid,erms,invpcid,avx512f,avx512dq,avx512ifma,avx512cd,avx512bw,avx512vl,avx512vbmi,pku,avx512vbmi2,gfni,vaes,vpclmulqdq,avx512vnni,avx512bitalg,avx512-vpopcntdq,la57,fsrm,spec-ctrl,avx512f,avx512f,avx512f,pku,ibrs-all,taa-no
cpu	kvm	Icelake-Server-v3	typename=Icelake-Server-v3-x86_64-cpu	blockers=pcid,erms,invpcid,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,avx512vbmi,pku,avx512vbmi2,gfni,vaes,vpclmulqdq,avx512vnni,avx512bitalg,avx512-vpopcntdq,la57,spec-ctrl,avx512f,avx512f,avx512f,pku,ibrs-all,taa-no
cpu	kvm	Icelake-Server-v2	typename=Icelake-Server-v2-x86_64-cpu	blockers=pcid,erms,invpcid,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,avx512vbmi,pku,avx512vbmi2,gfni,vaes,vpclmulqdq,avx512vnni,avx512bitalg,avx512-vpopcntdq,la57,spec-ctrl,avx512f,avx512f,avx512f,pku
cpu	kvm	Icelake-Server-v1	typename=Icelake-Server-v1-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,avx512vbmi,pku,avx512vbmi2,gfni,vaes,vpclmulqdq,avx512vnni,avx512bitalg,avx512-vpopcntdq,la57,spec-ctrl,avx512f,avx512f,avx512f,pku
cpu	kvm	Icelake-Server-noTSX	typename=Icelake-Server-noTSX-x86_64-cpu	blockers=pcid,erms,invpcid,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,avx512vbmi,pku,avx512vbmi2,gfni,vaes,vpclmulqdq,avx512vnni,avx512bitalg,avx512-vpopcntdq,la57,spec-ctrl,avx512f,avx512f,avx512f,pku
cpu	kvm	Icelake-Server	typename=Icelake-Server-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,avx512vbmi,pku,avx512vbmi2,gfni,vaes,vpclmulqdq,avx512vnni,avx512bitalg,avx512-vpopcntdq,la57,spec-ctrl,avx512f,avx512f,avx512f,pku
cpu	kvm	Haswell-v4	typename=Haswell-v4-x86_64-cpu	blockers=pcid,erms,invpcid,spec-ctrl
cpu	kvm	Haswell-v3	typename=Haswell-v3-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm,spec-ctrl
cpu	kvm	Haswell-v2	typename=Haswell-v2-x86_64-cpu	blockers=pcid,erms,invpcid
cpu	kvm	Haswell-v1	typename=Haswell-v1-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm
cpu	kvm	Haswell-noTSX-IBRS	typename=Haswell-noTSX-IBRS-x86_64-cpu	blockers=pcid,erms,invpcid,spec-ctrl
cpu	kvm	Haswell-noTSX	typename=Haswell-noTSX-x86_64-cpu	blockers=pcid,erms,invpcid
cpu	kvm	Haswell-IBRS	typename=Haswell-IBRS-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm,spec-ctrl
cpu	kvm	Haswell	typename=Haswell-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm
cpu	kvm	EPYC-v3	typename=EPYC-v3-x86_64-cpu	usable
cpu	kvm	EPYC-v2	typename=EPYC-v2-x86_64-cpu	usable
cpu	kvm	EPYC-v1	typename=EPYC-v1-x86_64-cpu	usable
cpu	kvm	EPYC-Rome-v2	typename=EPYC-Rome-v2-x86_64-cpu	blockers=ibrs
cpu	kvm	EPYC-Rome-v1	typename=EPYC-Rome-v1-x86_64-cpu	usable
cpu	kvm	EPYC-Rome	typename=EPYC-Rome-x86_64-cpu	usable
cpu	kvm	EPYC-Milan-v1	typename=EPYC-Milan-v1-x86_64-cpu	blockers=pcid,erms,invpcid,pku,fsrm,ibrs,pku
cpu	kvm	EPYC-Milan	typename=EPYC-Milan-x86_64-cpu	blockers=pcid,erms,invpcid,pku,fsrm,ibrs,pku
cpu	kvm	EPYC-IBPB	typename=EPYC-IBPB-x86_64-cpu	usable
cpu	kvm	EPYC	typename=EPYC-x86_64-cpu	usable
cpu	kvm	Dhyana-v2	typename=Dhyana-v2-x86_64-cpu	usable
cpu	kvm	Dhyana-v1	typename=Dhyana-v1-x86_64-cpu	usable
cpu	kvm	Dhyana	typename=Dhyana-x86_64-cpu	usable
cpu	kvm	Denverton-v3	typename=Denverton-v3-x86_64-cpu	blockers=erms,spec-ctrl
cpu	kvm	Denverton-v2	typename=Denverton-v2-x86_64-cpu	blockers=erms,spec-ctrl
cpu	kvm	Denverton-v1	typename=Denverton-v1-x86_64-cpu	blockers=erms,mpx,spec-ctrl,mpx,mpx
cpu	kvm	Denverton	typename=Denverton-x86_64-cpu	blockers=erms,mpx,spec-ctrl,mpx,mpx
cpu	kvm	Cooperlake-v2	typename=Cooperlake-v2-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,pku,avx512vnni,spec-ctrl,avx512-bf16,avx512f,avx512f,avx512f,pku,ibrs-all,taa-no
cpu	kvm	Cooperlake-v1	typename=Cooperlake-v1-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,pku,avx512vnni,spec-ctrl,avx512-bf16,avx512f,avx512f,avx512f,pku,ibrs-all,taa-no
cpu	kvm	Cooperlake	typename=Cooperlake-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,pku,avx512vnni,spec-ctrl,avx512-bf16,avx512f,avx512f,avx512f,pku,ibrs-all,taa-no
cpu	kvm	Conroe-v1	typename=Conroe-v1-x86_64-cpu	usable
cpu	kvm	Conroe	typename=Conroe-x86_64-cpu	usable
cpu	kvm	Cascadelake-Server-v5	typename=Cascadelake-Server-v5-x86_64-cpu	blockers=pcid,erms,invpcid,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,pku,avx512vnni,spec-ctrl,avx512f,avx512f,avx512f,pku,ibrs-all
cpu	kvm	Cascadelake-Server-v4	typename=Cascadelake-Server-v4-x86_64-cpu	blockers=pcid,erms,invpcid,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,pku,avx512vnni,spec-ctrl,avx512f,avx512f,avx512f,pku,ibrs-all
cpu	kvm	Cascadelake-Server-v3	typename=Cascadelake-Server-v3-x86_64-cpu	blockers=pcid,erms,invpcid,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,pku,avx512vnni,spec-ctrl,avx512f,avx512f,avx512f,pku,ibrs-all
cpu	kvm	Cascadelake-Server-v2	typename=Cascadelake-Server-v2-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,pku,avx512vnni,spec-ctrl,avx512f,avx512f,avx512f,pku,ibrs-all
cpu	kvm	Cascadelake-Server-v1	typename=Cascadelake-Server-v1-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,pku,avx512vnni,spec-ctrl,avx512f,avx512f,avx512f,pku
cpu	kvm	Cascadelake-Server-noTSX	typename=Cascadelake-Server-noTSX-x86_64-cpu	blockers=pcid,erms,invpcid,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,pku,avx512vnni,spec-ctrl,avx512f,avx512f,avx512f,pku,ibrs-all
cpu	kvm	Cascadelake-Server	typename=Cascadelake-Server-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm,avx512f,avx512dq,avx512cd,avx512bw,avx512vl,pku,avx512vnni,spec-ctrl,avx512f,avx512f,avx512f,pku
cpu	kvm	Broadwell-v4	typename=Broadwell-v4-x86_64-cpu	blockers=pcid,erms,invpcid,spec-ctrl
cpu	kvm	Broadwell-v3	typename=Broadwell-v3-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm,spec-ctrl
cpu	kvm	Broadwell-v2	typename=Broadwell-v2-x86_64-cpu	blockers=pcid,erms,invpcid
cpu	kvm	Broadwell-v1	typename=Broadwell-v1-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm
cpu	kvm	Broadwell-noTSX-IBRS	typename=Broadwell-noTSX-IBRS-x86_64-cpu	blockers=pcid,erms,invpcid,spec-ctrl
cpu	kvm	Broadwell-noTSX	typename=Broadwell-noTSX-x86_64-cpu	blockers=pcid,erms,invpcid
cpu	kvm	Broadwell-IBRS	typename=Broadwell-IBRS-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm,spec-ctrl
cpu	kvm	Broadwell	typename=Broadwell-x86_64-cpu	blockers=pcid,hle,erms,invpcid,rtm
cpu	kvm	486-v1	typename=486-v1-x86_64-cpu	usable
cpu	kvm	486	typename=486-x86_64-cpu	usable
host-cpu	tcg	base	migratable
host-prop	tcg	vmx-entry-load-rtit-ctl	boolean	false
host-prop	tcg	svme-addr-chk	boolean	true	migratable=yes
host-prop	tcg	cmov	boolean	true	migratable=yes
host-prop	tcg	ia64	boolean	false
host-prop	tcg	ssb-no	boolean	false
host-prop	tcg	aes	boolean	true	migratable=yes
host-prop	tcg	vmx-apicv-xapic	boolean	false
host-prop	tcg	mmx	boolean	true	migratable=yes
host-prop	tcg	rdpid	boolean	false
host-prop	tcg	arat	boolean	true	migratable=yes
host-prop	tcg	vmx-page-walk-4	boolean	false
host-prop	tcg	vmx-page-walk-5	boolean	false
host-prop	tcg	gfni	boolean	false
host-prop	tcg	ibrs-all	boolean	false
host-prop	tcg	vmx-desc-exit	boolean	false
host-prop	tcg	pause-filter	boolean	false
host-prop	tcg	bus-lock-detect	boolean	false
host-prop	tcg	xsavec	boolean	false
host-prop	tcg	intel-pt	boolean	false
host-prop	tcg	vmx-tsc-scaling	boolean	false
host-prop	tcg	vmx-cr8-store-exit	boolean	false
host-prop	tcg	vmx-rdseed-exit	boolean	false
host-prop	tcg	vmx-eptp-switching	boolean	false
host-prop	tcg	kvm-asyncpf	boolean	false
host-prop	tcg	perfctr-core	boolean	false
host-prop	tcg	mpx	boolean	true	migratable=yes
host-prop	tcg	pbe	boolean	false
host-prop	tcg	avx512cd	boolean	false
host-prop	tcg	decodeassists	boolean	false
host-prop	tcg	vmx-exit-load-efer	boolean	false
host-prop	tcg	vmx-exit-clear-bndcfgs	boolean	false
host-prop	tcg	sse4.1	boolean	true	migratable=yes
host-prop	tcg	family	number	15
host-prop	tcg	intel-pt-lip	boolean	false
host-prop	tcg	vmx-vmwrite-vmexit-fields	boolean	false
host-prop	tcg	kvm-asyncpf-int	boolean	false
host-prop	tcg	vmx-vnmi	boolean	false
host-prop	tcg	vmx-true-ctls	boolean	false
host-prop	tcg	vmx-ept-execonly	boolean	false
host-prop	tcg	vmx-exit-save-efer	boolean	false
host-prop	tcg	vmx-invept-all-context	boolean	false
host-prop	tcg	wbnoinvd	boolean	false
host-prop	tcg	avx512f	boolean	false
host-prop	tcg	msr	boolean	true	migratable=yes
host-prop	tcg	mce	boolean	true	migratable=yes
host-prop	tcg	mca	boolean	true	migratable=yes
host-prop	tcg	xcrypt	boolean	false
host-prop	tcg	sgx	boolean	false
host-prop	tcg	vmx-exit-load-pat	boolean	false
host-prop	tcg	vmx-intr-exit	boolean	false
host-prop	tcg	min-level	number	13
host-prop	tcg	vmx-flexpriority	boolean	false
host-prop	tcg	xgetbv1	boolean	true	migratable=yes
host-prop	tcg	cid	boolean	false
host-prop	tcg	sgx-exinfo	boolean	false
host-prop	tcg	ds	boolean	false
host-prop	tcg	fxsr	boolean	true	migratable=yes
host-prop	tcg	avx512-fp16	boolean	false
host-prop	tcg	avx512-bf16	boolean	false
host-prop	tcg	vmx-cr8-load-exit	boolean	false
host-prop	tcg	xsaveopt	boolean	true	migratable=yes
host-prop	tcg	arch-lbr	boolean	false
host-prop	tcg	vmx-apicv-vid	boolean	false
host-prop	tcg	vmx-exit-save-pat	boolean	false
host-prop	tcg	xtpr	boolean	false
host-prop	tcg	tsx-ctrl	boolean	false
host-prop	tcg	vmx-ple	boolean	false
host-prop	tcg	avx512vl	boolean	false
host-prop	tcg	avx512-vpopcntdq	boolean	false
host-prop	tcg	phe	boolean	false
host-prop	tcg	extapic	boolean	false
host-prop	tcg	3dnowprefetch	boolean	false
host-prop	tcg	vmx-vmfunc	boolean	false
host-prop	tcg	vmx-activity-shutdown	boolean	false
host-prop	tcg	sgx1	boolean	false
host-prop	tcg	sgx2	boolean	false
host-prop	tcg	avx512vbmi2	boolean	false
host-prop	tcg	cr8legacy	boolean	true	migratable=yes
host-prop	tcg	vmx-encls-exit	boolean	false
host-prop	tcg	stibp	boolean	false
host-prop	tcg	vmx-msr-bitmap	boolean	false
host-prop	tcg	xcrypt-en	boolean	false
host-prop	tcg	vmx-mwait-exit	boolean	false
host-prop	tcg	vmx-pml	boolean	false
host-prop	tcg	vmx-nmi-exit	boolean	false
host-prop	tcg	amx-tile	boolean	false
host-prop	tcg	vmx-invept-single-context-noglobals	boolean	false
host-prop	tcg	pn	boolean	false
host-prop	tcg	rsba	boolean	false
host-prop	tcg	dca	boolean	false
host-prop	tcg	vendor	string	AuthenticAMD
host-prop	tcg	vmx-unrestricted-guest	boolean	false
host-prop	tcg	vmx-cr3-store-noexit	boolean	false
host-prop	tcg	pku	boolean	true	migratable=yes
host-prop	tcg	pks	boolean	true	migratable=yes
host-prop	tcg	smx	boolean	false
host-prop	tcg	cmp-legacy	boolean	false
host-prop	tcg	avx512-4fmaps	boolean	false
host-prop	tcg	vmcb-clean	boolean	false
host-prop	tcg	hle	boolean	false
host-prop	tcg	avx-vnni	boolean	false
host-prop	tcg	3dnowext	boolean	true	migratable=yes
host-prop	tcg	amd-no-ssb	boolean	false
host-prop	tcg	npt	boolean	true	migratable=yes
host-prop	tcg	sgxlc	boolean	false
host-prop	tcg	rdctl-no	boolean	false
host-prop	tcg	vmx-invvpid	boolean	false
host-prop	tcg	clwb	boolean	true	migratable=yes
host-prop	tcg	lbrv	boolean	false
host-prop	tcg	adx	boolean	true	migratable=yes
host-prop	tcg	ss	boolean	true	migratable=yes
host-prop	tcg	pni	boolean	true	migratable=yes
host-prop	tcg	tsx-ldtrk	boolean	false
host-prop	tcg	svm-lock	boolean	false
host-prop	tcg	smep	boolean	true	migratable=yes
host-prop	tcg	smap	boolean	true	migratable=yes
host-prop	tcg	pfthreshold	boolean	false
host-prop	tcg	vmx-invpcid-exit	boolean	false
host-prop	tcg	amx-int8	boolean	false
host-prop	tcg	x2apic	boolean	false
host-prop	tcg	avx512vbmi	boolean	false
host-prop	tcg	avx512vnni	boolean	false
host-prop	tcg	vmx-apicv-x2apic	boolean	false
host-prop	tcg	kvm-pv-sched-yield	boolean	false
host-prop	tcg	vmx-invlpg-exit	boolean	false
host-prop	tcg	vmx-invvpid-all-context	boolean	false
host-prop	tcg	vmx-activity-hlt	boolean	false
host-prop	tcg	flushbyasid	boolean	false
host-prop	tcg	f16c	boolean	true	migratable=yes
host-prop	tcg	vmx-exit-ack-intr	boolean	false
host-prop	tcg	ace2-en	boolean	false
host-prop	tcg	pae	boolean	true	migratable=yes
host-prop	tcg	pat	boolean	true	migratable=yes
host-prop	tcg	sse	boolean	true	migratable=yes
host-prop	tcg	phe-en	boolean	false
host-prop	tcg	vmx-tsc-offset	boolean	false
host-prop	tcg	kvm-nopiodelay	boolean	false
host-prop	tcg	tm	boolean	false
host-prop	tcg	kvmclock-stable-bit	boolean	false
host-prop	tcg	vmx-rdtsc-exit	boolean	false
host-prop	tcg	hypervisor	boolean	true	migratable=yes
host-prop	tcg	vmx-rdtscp-exit	boolean	false
host-prop	tcg	mds-no	boolean	false
host-prop	tcg	pcommit	boolean	true	migratable=yes
host-prop	tcg	vmx-vpid	boolean	false
host-prop	tcg	syscall	boolean	true	migratable=yes
host-prop	tcg	avx512dq	boolean	false
host-prop	tcg	svm	boolean	true	migratable=yes
host-prop	tcg	invtsc	boolean	false
host-prop	tcg	vmx-monitor-exit	boolean	false
host-prop	tcg	sse2	boolean	true	migratable=yes
host-prop	tcg	ssbd	boolean	false
host-prop	tcg	vmx-wbinvd-exit	boolean	false
host-prop	tcg	est	boolean	false
host-prop	tcg	kvm-poll-control	boolean	false
host-prop	tcg	avx512ifma	boolean	false
host-prop	tcg	tm2	boolean	false
host-prop	tcg	kvm-pv-eoi	boolean	false
host-prop	tcg	kvm-pv-ipi	boolean	false
host-prop	tcg	cx8	boolean	true	migratable=yes
host-prop	tcg	vmx-invvpid-single-addr	boolean	false
host-prop	tcg	waitpkg	boolean	false
host-prop	tcg	cldemote	boolean	false
host-prop	tcg	sgx-tokenkey	boolean	false
host-prop	tcg	vmx-ept	boolean	false
host-prop	tcg	xfd	boolean	false
host-prop	tcg	kvm-mmu	boolean	false
host-prop	tcg	sse4.2	boolean	true	migratable=yes
host-prop	tcg	pge	boolean	true	migratable=yes
host-prop	tcg	avx512bitalg	boolean	false
host-prop	tcg	pdcm	boolean	false
host-prop	tcg	vmx-entry-load-bndcfgs	boolean	false
host-prop	tcg	vmx-exit-clear-rtit-ctl	boolean	false
host-prop	tcg	model	number	107
host-prop	tcg	movbe	boolean	true	migratable=yes
host-prop	tcg	nrip-save	boolean	false
host-prop	tcg	ssse3	boolean	true	migratable=yes
host-prop	tcg	sse4a	boolean	true	migratable=yes
host-prop	tcg	kvm-msi-ext-dest-id	boolean	false
host-prop	tcg	vmx-pause-exit	boolean	false
host-prop	tcg	invpcid	boolean	false
host-prop	tcg	sgx-debug	boolean	false
host-prop	tcg	pdpe1gb	boolean	true	migratable=yes
host-prop	tcg	sgx-mode64	boolean	false
host-prop	tcg	tsc-deadline	boolean	false
host-prop	tcg	skip-l1dfl-vmentry	boolean	false
host-prop	tcg	vmx-exit-load-perf-global-ctrl	boolean	false
host-prop	tcg	fma	boolean	true	migratable=yes
host-prop	tcg	cx16	boolean	true	migratable=yes
host-prop	tcg	de	boolean	true	migratable=yes
host-prop	tcg	stepping	number	1
host-prop	tcg	xsave	boolean	true	migratable=yes
host-prop	tcg	clflush	boolean	true	migratable=yes
host-prop	tcg	skinit	boolean	false
host-prop	tcg	tsc	boolean	true	migratable=yes
host-prop	tcg	tce	boolean	false
host-prop	tcg	fpu	boolean	true	migratable=yes
host-prop	tcg	ds-cpl	boolean	false
host-prop	tcg	ibs	boolean	false
host-prop	tcg	fma4	boolean	false
host-prop	tcg	vmx-exit-nosave-debugctl	boolean	false
host-prop	tcg	sgx-kss	boolean	false
host-prop	tcg	la57	boolean	true	migratable=yes
host-prop	tcg	vmx-invept	boolean	false
host-prop	tcg	osvw	boolean	false
host-prop	tcg	apic	boolean	true	migratable=yes
host-prop	tcg	pmm	boolean	false
host-prop	tcg	vmx-entry-noload-debugctl	boolean	false
host-prop	tcg	vmx-eptad	boolean	false
host-prop	tcg	spec-ctrl	boolean	false
host-prop	tcg	vmx-posted-intr	boolean	false
host-prop	tcg	vmx-apicv-register	boolean	false
host-prop	tcg	tsc-adjust	boolean	false
host-prop	tcg	kvm-steal-time	boolean	false
host-prop	tcg	avx512-vp2intersect	boolean	false
host-prop	tcg	kvmclock	boolean	false
host-prop	tcg	vmx-zero-len-inject	boolean	false
host-prop	tcg	pschange-mc-no	boolean	false
host-prop	tcg	v-vmsave-vmload	boolean	false
host-prop	tcg	vmx-rdrand-exit	boolean	false
host-prop	tcg	sgx-provisionkey	boolean	false
host-prop	tcg	lwp	boolean	false
host-prop	tcg	amd-ssbd	boolean	false
host-prop	tcg	xop	boolean	false
host-prop	tcg	ibpb	boolean	false
host-prop	tcg	ibrs	boolean	false
host-prop	tcg	avx	boolean	true	migratable=yes
host-prop	tcg	core-capability	boolean	false
host-prop	tcg	vmx-invept-single-context	boolean	false
host-prop	tcg	movdiri	boolean	false
host-prop	tcg	acpi	boolean	true	migratable=yes
host-prop	tcg	avx512bw	boolean	false
host-prop	tcg	ace2	boolean	false
host-prop	tcg	fsgsbase	boolean	true	migratable=yes
host-prop	tcg	vmx-ept-2mb	boolean	false
host-prop	tcg	vmx-ept-1gb	boolean	false
host-prop	tcg	ht	boolean	false
host-prop	tcg	vmx-io-exit	boolean	false
host-prop	tcg	nx	boolean	true	migratable=yes
host-prop	tcg	pclmulqdq	boolean	true	migratable=yes
host-prop	tcg	mmxext	boolean	true	migratable=yes
host-prop	tcg	popcnt	boolean	true	migratable=yes
host-prop	tcg	vaes	boolean	true	migratable=yes
host-prop	tcg	serialize	boolean	false
host-prop	tcg	movdir64b	boolean	false
host-prop	tcg	xsaves	boolean	false
host-prop	tcg	vmx-shadow-vmcs	boolean	false
host-prop	tcg	lm	boolean	true	migratable=yes
host-prop	tcg	vmx-exit-save-preemption-timer	boolean	false
host-prop	tcg	vmx-entry-load-pat	boolean	false
host-prop	tcg	fsrm	boolean	false
host-prop	tcg	vmx-entry-load-perf-global-ctrl	boolean	false
host-prop	tcg	vmx-io-bitmap	boolean	false
host-prop	tcg	umip	boolean	true	migratable=yes
host-prop	tcg	vmx-store-lma	boolean	false
host-prop	tcg	vmx-movdr-exit	boolean	false
host-prop	tcg	pse	boolean	true	migratable=yes
host-prop	tcg	avx2	boolean	true	migratable=yes
host-prop	tcg	avic	boolean	false
host-prop	tcg	sep	boolean	true	migratable=yes
host-prop	tcg	virt-ssbd	boolean	false
host-prop	tcg	vmx-cr3-load-noexit	boolean	false
host-prop	tcg	nodeid-msr	boolean	false
host-prop	tcg	md-clear	boolean	false
host-prop	tcg	misalignsse	boolean	false
host-prop	tcg	split-lock-detect	boolean	false
host-prop	tcg	min-xlevel	number	2147483658
host-prop	tcg	bmi1	boolean	true	migratable=yes
host-prop	tcg	bmi2	boolean	true	migratable=yes
host-prop	tcg	kvm-pv-unhalt	boolean	false
host-prop	tcg	tsc-scale	boolean	false
host-prop	tcg	topoext	boolean	false
host-prop	tcg	amd-stibp	boolean	false
host-prop	tcg	vmx-preemption-timer	boolean	false
host-prop	tcg	clflushopt	boolean	true	migratable=yes
host-prop	tcg	vmx-entry-load-pkrs	boolean	false
host-prop	tcg	vmx-vnmi-pending	boolean	false
host-prop	tcg	monitor	boolean	true	migratable=yes
host-prop	tcg	vmx-vintr-pending	boolean	false
host-prop	tcg	avx512er	boolean	false
host-prop	tcg	full-width-write	boolean	false
host-prop	tcg	pmm-en	boolean	false
host-prop	tcg	pcid	boolean	false
host-prop	tcg	taa-no	boolean	false
host-prop	tcg	arch-capabilities	boolean	false
host-prop	tcg	vgif	boolean	true	migratable=yes
host-prop	tcg	vmx-secondary-ctls	boolean	false
host-prop	tcg	vmx-xsaves	boolean	false
host-prop	tcg	clzero	boolean	false
host-prop	tcg	3dnow	boolean	true	migratable=yes
host-prop	tcg	erms	boolean	true	migratable=yes
host-prop	tcg	vmx-entry-ia32e-mode	boolean	false
host-prop	tcg	lahf-lm	boolean	true	migratable=yes
host-prop	tcg	vpclmulqdq	boolean	false
host-prop	tcg	vmx-ins-outs	boolean	false
host-prop	tcg	fxsr-opt	boolean	false
host-prop	tcg	xstore	boolean	false
host-prop	tcg	rtm	boolean	false
host-prop	tcg	kvm-hint-dedicated	boolean	false
host-prop	tcg	amx-bf16	boolean	false
host-prop	tcg	lmce	boolean	false
host-prop	tcg	perfctr-nb	boolean	false
host-prop	tcg	rdrand	boolean	true	migratable=yes
host-prop	tcg	rdseed	boolean	false
host-prop	tcg	avx512-4vnniw	boolean	false
host-prop	tcg	vme	boolean	false
host-prop	tcg	vmx	boolean	false
host-prop	tcg	dtes64	boolean	false
host-prop	tcg	mtrr	boolean	true	migratable=yes
host-prop	tcg	rdtscp	boolean	true	migratable=yes
host-prop	tcg	xsaveerptr	boolean	false
host-prop	tcg	pse36	boolean	true	migratable=yes
host-prop	tcg	kvm-pv-tlb-flush	boolean	false
host-prop	tcg	vmx-activity-wait-sipi	boolean	false
host-prop	tcg	tbm	boolean	false
host-prop	tcg	wdt	boolean	false
host-prop	tcg	vmx-rdpmc-exit	boolean	false
host-prop	tcg	vmx-mtf	boolean	false
host-prop	tcg	vmx-entry-load-efer	boolean	false
host-prop	tcg	model-id	string	QEMU TCG CPU version 2.5+
host-prop	tcg	sha-ni	boolean	false
host-prop	tcg	vmx-exit-load-pkrs	boolean	false
host-prop	tcg	abm	boolean	true	migratable=yes
host-prop	tcg	vmx-ept-advanced-exitinfo	boolean	false
host-prop	tcg	avx512pf	boolean	false
host-prop	tcg	vmx-hlt-exit	boolean	false
host-prop	tcg	xstore-en	boolean	false
machine	tcg	pc-i440fx-8.0	alias=pc	max-cpus=255	default	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	tcg	pc-q35-5.2	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	tcg	pc-i440fx-2.12	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-i440fx-2.0	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-i440fx-6.2	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	tcg	pc-q35-4.2	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-i440fx-2.5	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-i440fx-4.2	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-i440fx-5.2	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	tcg	pc-i440fx-1.5	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	deprecated	numa-mem
machine	tcg	pc-q35-2.7	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-q35-7.1	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	tcg	pc-i440fx-2.2	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-i440fx-2.7	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-q35-6.1	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	tcg	pc-q35-2.4	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-i440fx-7.1	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	tcg	pc-q35-2.10	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	x-remote	max-cpus=1
machine	tcg	pc-i440fx-1.7	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	deprecated	numa-mem
machine	tcg	pc-q35-5.1	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	tcg	pc-q35-2.9	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-i440fx-2.11	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-q35-3.1	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-i440fx-6.1	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	tcg	pc-q35-4.1	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-i440fx-2.4	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-i440fx-4.1	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-i440fx-5.1	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	tcg	pc-i440fx-2.9	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	isapc	max-cpus=1	hotplug-cpus	default-cpu=486-x86_64-cpu	default-ram-id=pc.ram
machine	tcg	pc-i440fx-1.4	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	deprecated	numa-mem
machine	tcg	pc-q35-2.6	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-i440fx-3.1	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-q35-2.12	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-q35-7.0	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	tcg	pc-i440fx-2.1	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-q35-8.0	alias=q35	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	tcg	pc-q35-6.0	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	tcg	pc-i440fx-2.6	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-q35-4.0.1	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-i440fx-7.0	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	tcg	pc-i440fx-1.6	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	deprecated	numa-mem
machine	tcg	pc-q35-5.0	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-q35-2.8	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-i440fx-2.10	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-q35-3.0	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-i440fx-6.0	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	tcg	pc-q35-7.2	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	tcg	pc-q35-4.0	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	microvm	max-cpus=288	default-cpu=qemu64-x86_64-cpu	default-ram-id=microvm.ram
machine	tcg	pc-i440fx-2.3	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-i440fx-4.0	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-i440fx-5.0	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-i440fx-2.8	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-q35-6.2	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	tcg	pc-q35-2.5	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-i440fx-3.0	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
machine	tcg	pc-i440fx-7.2	max-cpus=255	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram
machine	tcg	pc-q35-2.11	max-cpus=288	hotplug-cpus	default-cpu=qemu64-x86_64-cpu	default-ram-id=pc.ram	numa-mem
cpu	tcg	max	typename=max-x86_64-cpu	usable
cpu	tcg	host	typename=host-x86_64-cpu	blockers=kvm
cpu	tcg	base	typename=base-x86_64-cpu	usable
cpu	tcg	qemu64-v1	typename=qemu64-v1-x86_64-cpu	usable
cpu	tcg	qemu64	typename=qemu64-x86_64-cpu	usable
cpu	tcg	qemu32-v1	typename=qemu32-v1-x86_64-cpu	usable
cpu	tcg	qemu32	typename=qemu32-x86_64-cpu	usable
cpu	tcg	phenom-v1	typename=phenom-v1-x86_64-cpu	blockers=fxsr-opt
cpu	tcg	phenom	typename=phenom-x86_64-cpu	blockers=fxsr-opt
cpu	tcg	pentium3-v1	typename=pentium3-v1-x86_64-cpu	usable
cpu	tcg	pentium3	typename=pentium3-x86_64-cpu	usable
cpu	tcg	pentium2-v1	typename=pentium2-v1-x86_64-cpu	usable
cpu	tcg	pentium2	typename=pentium2-x86_64-cpu	usable
cpu	tcg	pentium-v1	typename=pentium-v1-x86_64-cpu	usable
cpu	tcg	pentium	typename=pentium-x86_64-cpu	usable
cpu	tcg	n270-v1	typename=n270-v1-x86_64-cpu	usable
cpu	tcg	n270	typename=n270-x86_64-cpu	usable
cpu	tcg	kvm64-v1	typename=kvm64-v1-x86_64-cpu	usable
cpu	tcg	kvm64	typename=kvm64-x86_64-cpu	usable
cpu	tcg	kvm32-v1	typename=kvm32-v1-x86_64-cpu	usable
cpu	tcg	kvm32	typename=kvm32-x86_64-cpu	usable
cpu	tcg	coreduo-v1	typename=coreduo-v1-x86_64-cpu	usable
cpu	tcg	coreduo	typename=coreduo-x86_64-cpu	usable
cpu	tcg	core2duo-v1	typename=core2duo-v1-x86_64-cpu	usable
cpu	tcg	core2duo	typename=core2duo-x86_64-cpu	usable
cpu	tcg	athlon-v1	typename=athlon-v1-x86_64-cpu	usable
cpu	tcg	athlon	typename=athlon-x86_64-cpu	usable
cpu	tcg	Westmere-v2	typename=Westmere-v2-x86_64-cpu	blockers=spec-ctrl
cpu	tcg	Westmere-v1	typename=Westmere-v1-x86_64-cpu	usable
cpu	tcg	Westmere-IBRS	typename=Westmere-IBRS-x86_64-cpu	blockers=spec-ctrl
cpu	tcg	Westmere	typename=Westmere-x86_64-cpu	usable
cpu	tcg	Snowridge-v4	typename=Snowridge-v4-x86_64-cpu	blockers=x2apic,tsc-deadline,rdseed,sha-ni,gfni,cldemote,movdiri,movdir64b,spec-ctrl,arch-capabilities,ssbd,3dnowprefetch,xsavec,xsaves
cpu	tcg	Snowridge-v3	typename=Snowridge-v3-x86_64-cpu	blockers=x2apic,tsc-deadline,rdseed,sha-ni,gfni,cldemote,movdiri,movdir64b,spec-ctrl,arch-capabilities,core-capability,ssbd,3dnowprefetch,xsavec,xsaves,split-lock-detect
cpu	tcg	Snowridge-v2	typename=Snowridge-v2-x86_64-cpu	blockers=x2apic,tsc-deadline,rdseed,sha-ni,gfni,cldemote,movdiri,movdir64b,spec-ctrl,arch-capabilities,core-capability,ssbd,3dnowprefetch,xsavec,split-lock-detect
cpu	tcg	Snowridge-v1	typename=Snowridge-v1-x86_64-cpu	blockers=x2apic,tsc-deadline,rdseed,sha-ni,gfni,cldemote,movdiri,movdir64b,spec-ctrl,arch-capabilities,core-capability,ssbd,3dnowprefetch,xsavec,split-lock-detect
cpu	tcg	Snowridge	typename=Snowridge-x86_64-cpu	blockers=x2apic,tsc-deadline,rdseed,sha-ni,gfni,cldemote,movdiri,movdir64b,spec-ctrl,arch-capabilities,core-capability,ssbd,3dnowprefetch,xsavec,split-lock-detect
cpu	tcg	Skylake-Server-v5	typename=Skylake-Server-v5-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid,avx512f,avx512dq,rdseed,avx512cd,avx512bw,avx512vl,spec-ctrl,3dnowprefetch,xsavec,xsaves
cpu	tcg	Skylake-Server-v4	typename=Skylake-Server-v4-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid,avx512f,avx512dq,rdseed,avx512cd,avx512bw,avx512vl,spec-ctrl,3dnowprefetch,xsavec
cpu	tcg	Skylake-Server-v3	typename=Skylake-Server-v3-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid,avx512f,avx512dq,rdseed,avx512cd,avx512bw,avx512vl,spec-ctrl,3dnowprefetch,xsavec
cpu	tcg	Skylake-Server-v2	typename=Skylake-Server-v2-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm,avx512f,avx512dq,rdseed,avx512cd,avx512bw,avx512vl,spec-ctrl,3dnowprefetch,xsavec
cpu	tcg	Skylake-Server-v1	typename=Skylake-Server-v1-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm,avx512f,avx512dq,rdseed,avx512cd,avx512bw,avx512vl,3dnowprefetch,xsavec
cpu	tcg	Skylake-Server-noTSX-IBRS	typename=Skylake-Server-noTSX-IBRS-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid,avx512f,avx512dq,rdseed,avx512cd,avx512bw,avx512vl,spec-ctrl,3dnowprefetch,xsavec
cpu	tcg	Skylake-Server-IBRS	typename=Skylake-Server-IBRS-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm,avx512f,avx512dq,rdseed,avx512cd,avx512bw,avx512vl,spec-ctrl,3dnowprefetch,xsavec
cpu	tcg	Skylake-Server	typename=Skylake-Server-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm,avx512f,avx512dq,rdseed,avx512cd,avx512bw,avx512vl,3dnowprefetch,xsavec
cpu	tcg	Skylake-Client-v4	typename=Skylake-Client-v4-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid,rdseed,spec-ctrl,3dnowprefetch,xsavec,xsaves
cpu	tcg	Skylake-Client-v3	typename=Skylake-Client-v3-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid,rdseed,spec-ctrl,3dnowprefetch,xsavec
cpu	tcg	Skylake-Client-v2	typename=Skylake-Client-v2-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm,rdseed,spec-ctrl,3dnowprefetch,xsavec
cpu	tcg	Skylake-Client-v1	typename=Skylake-Client-v1-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm,rdseed,3dnowprefetch,xsavec
cpu	tcg	Skylake-Client-noTSX-IBRS	typename=Skylake-Client-noTSX-IBRS-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid,rdseed,spec-ctrl,3dnowprefetch,xsavec
cpu	tcg	Skylake-Client-IBRS	typename=Skylake-Client-IBRS-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm,rdseed,spec-ctrl,3dnowprefetch,xsavec
cpu	tcg	Skylake-Client	typename=Skylake-Client-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm,rdseed,3dnowprefetch,xsavec
cpu	tcg	SandyBridge-v2	typename=SandyBridge-v2-x86_64-cpu	blockers=x2apic,tsc-deadline,spec-ctrl
cpu	tcg	SandyBridge-v1	typename=SandyBridge-v1-x86_64-cpu	blockers=x2apic,tsc-deadline
cpu	tcg	SandyBridge-IBRS	typename=SandyBridge-IBRS-x86_64-cpu	blockers=x2apic,tsc-deadline,spec-ctrl
cpu	tcg	SandyBridge	typename=SandyBridge-x86_64-cpu	blockers=x2apic,tsc-deadline
cpu	tcg	Penryn-v1	typename=Penryn-v1-x86_64-cpu	usable
cpu	tcg	Penryn	typename=Penryn-x86_64-cpu	usable
cpu	tcg	Opteron_G5-v1	typename=Opteron_G5-v1-x86_64-cpu	blockers=misalignsse,3dnowprefetch,xop,fma4,tbm,nrip-save
cpu	tcg	Opteron_G5	typename=Opteron_G5-x86_64-cpu	blockers=misalignsse,3dnowprefetch,xop,fma4,tbm,nrip-save
cpu	tcg	Opteron_G4-v1	typename=Opteron_G4-v1-x86_64-cpu	blockers=misalignsse,3dnowprefetch,xop,fma4,nrip-save
cpu	tcg	Opteron_G4	typename=Opteron_G4-x86_64-cpu	blockers=misalignsse,3dnowprefetch,xop,fma4,nrip-save
cpu	tcg	Opteron_G3-v1	typename=Opteron_G3-v1-x86_64-cpu	blockers=misalignsse
cpu	tcg	Opteron_G3	typename=Opteron_G3-x86_64-cpu	blockers=misalignsse
cpu	tcg	Opteron_G2-v1	typename=Opteron_G2-v1-x86_64-cpu	usable
cpu	tcg	Opteron_G2	typename=Opteron_G2-x86_64-cpu	usable
cpu	tcg	Opteron_G1-v1	typename=Opteron_G1-v1-x86_64-cpu	usable
cpu	tcg	Opteron_G1	typename=Opteron_G1-x86_64-cpu	usable
cpu	tcg	Nehalem-v2	typename=Nehalem-v2-x86_64-cpu	blockers=spec-ctrl
cpu	tcg	Nehalem-v1	typename=Nehalem-v1-x86_64-cpu	usable
cpu	tcg	Nehalem-IBRS	typename=Nehalem-IBRS-x86_64-cpu	blockers=spec-ctrl
cpu	tcg	Nehalem	typename=Nehalem-x86_64-cpu	usable
cpu	tcg	KnightsMill-v1	typename=KnightsMill-v1-x86_64-cpu	blockers=x2apic,tsc-deadline,avx512f,rdseed,avx512pf,avx512er,avx512cd,avx512-vpopcntdq,avx512-4vnniw,avx512-4fmaps,3dnowprefetch
cpu	tcg	KnightsMill	typename=KnightsMill-x86_64-cpu	blockers=x2apic,tsc-deadline,avx512f,rdseed,avx512pf,avx512er,avx512cd,avx512-vpopcntdq,avx512-4vnniw,avx512-4fmaps,3dnowprefetch
cpu	tcg	IvyBridge-v2	typename=IvyBridge-v2-x86_64-cpu	blockers=x2apic,tsc-deadline,spec-ctrl
cpu	tcg	IvyBridge-v1	typename=IvyBridge-v1-x86_64-cpu	blockers=x2apic,tsc-deadline
cpu	tcg	IvyBridge-IBRS	typename=IvyBridge-IBRS-x86_64-cpu	blockers=x2apic,tsc-deadline,spec-ctrl
cpu	tcg	IvyBridge	typename=IvyBridge-x86_64-cpu	blockers=x2apic,tsc-deadline
cpu	tcg	Icelake-Server-v6	typename=Icelake-Server-v6-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid,avx512f,avx512dq,rdseed,avx512ifma,avx512cd,sha-ni,avx512bw,avx512vl,avx512vbmi,avx512vbmi2,gfni,vpclmulqdq,avx512vnni,avx512bitalg,avx512-vpopcntdq,rdpid,fsrm,spec-ctrl,arch-capabilities,ssbd,3dnowprefetch,wbnoinvd,xsavec,xsaves,rdctl-no,ibrs-all,skip-l1dfl-vmentry,mds-no,pschange-mc-no,taa-no
cpu	tcg	Icelake-Server-v5	typename=Icelake-Server-v5-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid,avx512f,avx512dq,rdseed,avx512ifma,avx512cd,sha-ni,avx512bw,avx512vl,avx512vbmi,avx512vbmi2,gfni,vpclmulqdq,avx512vnni,avx512bitalg,avx512-vpopcntdq,rdpid,fsrm,spec-ctrl,arch-capabilities,ssbd,3dnowprefetch,wbnoinvd,xsavec,xsaves,rdctl-no,ibrs-all,skip-l1dfl-vmentry,mds-no,pschange-mc-no,taa-no
cpu	tcg	Icelake-Server-v4	typename=Icelake-Server-v4-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid,avx512f,avx512dq,rdseed,avx512ifma,avx512cd,sha-ni,avx512bw,avx512vl,avx512vbmi,avx512vbmi2,gfni,vpclmulqdq,avx512vnni,avx512bitalg,avx512-vpopcntdq,rdpid,fsrm,spec-ctrl,arch-capabilities,ssbd,3dnowprefetch,wbnoinvd,xsavec,rdctl-no,ibrs-all,skip-l1dfl-vmentry,mds-no,pschange-mc-no,taa-no
cpu	tcg	Icelake-Server-v3	typename=Icelake-Server-v3-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid,avx512f,avx512dq,rdseed,avx512cd,avx512bw,avx512vl,avx512vbmi,avx512vbmi2,gfni,vpclmulqdq,avx512vnni,avx512bitalg,avx512-vpopcntdq,spec-ctrl,arch-capabilities,ssbd,3dnowprefetch,wbnoinvd,xsavec,rdctl-no,ibrs-all,skip-l1dfl-vmentry,mds-no,pschange-mc-no,taa-no
cpu	tcg	Icelake-Server-v2	typename=Icelake-Server-v2-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid,avx512f,avx512dq,rdseed,avx512cd,avx512bw,avx512vl,avx512vbmi,avx512vbmi2,gfni,vpclmulqdq,avx512vnni,avx512bitalg,avx512-vpopcntdq,spec-ctrl,ssbd,3dnowprefetch,wbnoinvd,xsavec
cpu	tcg	Icelake-Server-v1	typename=Icelake-Server-v1-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm,avx512f,avx512dq,rdseed,avx512cd,avx512bw,avx512vl,avx512vbmi,avx512vbmi2,gfni,vpclmulqdq,avx512vnni,avx512bitalg,avx512-vpopcntdq,spec-ctrl,ssbd,3dnowprefetch,wbnoinvd,xsavec
cpu	tcg	Icelake-Server-noTSX	typename=Icelake-Server-noTSX-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid,avx512f,avx512dq,rdseed,avx512cd,avx512bw,avx512vl,avx512vbmi,avx512vbmi2,gfni,vpclmulqdq,avx512vnni,avx512bitalg,avx512-vpopcntdq,spec-ctrl,ssbd,3dnowprefetch,wbnoinvd,xsavec
cpu	tcg	Icelake-Server	typename=Icelake-Server-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm,avx512f,avx512dq,rdseed,avx512cd,avx512bw,avx512vl,avx512vbmi,avx512vbmi2,gfni,vpclmulqdq,avx512vnni,avx512bitalg,avx512-vpopcntdq,spec-ctrl,ssbd,3dnowprefetch,wbnoinvd,xsavec
cpu	tcg	Haswell-v4	typename=Haswell-v4-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid,spec-ctrl
cpu	tcg	Haswell-v3	typename=Haswell-v3-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm,spec-ctrl
cpu	tcg	Haswell-v2	typename=Haswell-v2-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid
cpu	tcg	Haswell-v1	typename=Haswell-v1-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm
cpu	tcg	Haswell-noTSX-IBRS	typename=Haswell-noTSX-IBRS-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid,spec-ctrl
cpu	tcg	Haswell-noTSX	typename=Haswell-noTSX-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid
cpu	tcg	Haswell-IBRS	typename=Haswell-IBRS-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm,spec-ctrl
cpu	tcg	Haswell	typename=Haswell-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm
cpu	tcg	EPYC-v3	typename=EPYC-v3-x86_64-cpu	blockers=rdseed,sha-ni,fxsr-opt,misalignsse,3dnowprefetch,osvw,topoext,perfctr-core,clzero,xsaveerptr,ibpb,nrip-save,xsavec,xsaves
cpu	tcg	EPYC-v2	typename=EPYC-v2-x86_64-cpu	blockers=rdseed,sha-ni,fxsr-opt,misalignsse,3dnowprefetch,osvw,topoext,ibpb,nrip-save,xsavec
cpu	tcg	EPYC-v1	typename=EPYC-v1-x86_64-cpu	blockers=rdseed,sha-ni,fxsr-opt,misalignsse,3dnowprefetch,osvw,topoext,nrip-save,xsavec
cpu	tcg	EPYC-Rome-v2	typename=EPYC-Rome-v2-x86_64-cpu	blockers=rdseed,sha-ni,rdpid,fxsr-opt,misalignsse,3dnowprefetch,osvw,topoext,perfctr-core,clzero,xsaveerptr,wbnoinvd,ibpb,ibrs,amd-stibp,amd-ssbd,nrip-save,xsavec,xsaves
cpu	tcg	EPYC-Rome-v1	typename=EPYC-Rome-v1-x86_64-cpu	blockers=rdseed,sha-ni,rdpid,fxsr-opt,misalignsse,3dnowprefetch,osvw,topoext,perfctr-core,clzero,xsaveerptr,wbnoinvd,ibpb,amd-stibp,nrip-save,xsavec,xsaves
cpu	tcg	EPYC-Rome	typename=EPYC-Rome-x86_64-cpu	blockers=rdseed,sha-ni,rdpid,fxsr-opt,misalignsse,3dnowprefetch,osvw,topoext,perfctr-core,clzero,xsaveerptr,wbnoinvd,ibpb,amd-stibp,nrip-save,xsavec,xsaves
cpu	tcg	EPYC-Milan-v1	typename=EPYC-Milan-v1-x86_64-cpu	blockers=pcid,invpcid,rdseed,sha-ni,rdpid,fsrm,fxsr-opt,misalignsse,3dnowprefetch,osvw,topoext,perfctr-core,clzero,xsaveerptr,wbnoinvd,ibpb,ibrs,amd-stibp,amd-ssbd,nrip-save,xsavec,xsaves
cpu	tcg	EPYC-Milan	typename=EPYC-Milan-x86_64-cpu	blockers=pcid,invpcid,rdseed,sha-ni,rdpid,fsrm,fxsr-opt,misalignsse,3dnowprefetch,osvw,topoext,perfctr-core,clzero,xsaveerptr,wbnoinvd,ibpb,ibrs,amd-stibp,amd-ssbd,nrip-save,xsavec,xsaves
cpu	tcg	EPYC-IBPB	typename=EPYC-IBPB-x86_64-cpu	blockers=rdseed,sha-ni,fxsr-opt,misalignsse,3dnowprefetch,osvw,topoext,ibpb,nrip-save,xsavec
cpu	tcg	EPYC	typename=EPYC-x86_64-cpu	blockers=rdseed,sha-ni,fxsr-opt,misalignsse,3dnowprefetch,osvw,topoext,nrip-save,xsavec
cpu	tcg	Dhyana-v2	typename=Dhyana-v2-x86_64-cpu	blockers=rdseed,fxsr-opt,misalignsse,3dnowprefetch,osvw,topoext,ibpb,nrip-save,xsavec,xsaves
cpu	tcg	Dhyana-v1	typename=Dhyana-v1-x86_64-cpu	blockers=rdseed,fxsr-opt,misalignsse,3dnowprefetch,osvw,topoext,ibpb,nrip-save,xsavec
cpu	tcg	Dhyana	typename=Dhyana-x86_64-cpu	blockers=rdseed,fxsr-opt,misalignsse,3dnowprefetch,osvw,topoext,ibpb,nrip-save,xsavec
cpu	tcg	Denverton-v3	typename=Denverton-v3-x86_64-cpu	blockers=x2apic,tsc-deadline,rdseed,sha-ni,spec-ctrl,arch-capabilities,ssbd,3dnowprefetch,xsavec,xsaves,rdctl-no,skip-l1dfl-vmentry
cpu	tcg	Denverton-v2	typename=Denverton-v2-x86_64-cpu	blockers=x2apic,tsc-deadline,rdseed,sha-ni,spec-ctrl,arch-capabilities,ssbd,3dnowprefetch,xsavec,rdctl-no,skip-l1dfl-vmentry
cpu	tcg	Denverton-v1	typename=Denverton-v1-x86_64-cpu	blockers=x2apic,tsc-deadline,rdseed,sha-ni,spec-ctrl,arch-capabilities,ssbd,3dnowprefetch,xsavec,rdctl-no,skip-l1dfl-vmentry
cpu	tcg	Denverton	typename=Denverton-x86_64-cpu	blockers=x2apic,tsc-deadline,rdseed,sha-ni,spec-ctrl,arch-capabilities,ssbd,3dnowprefetch,xsavec,rdctl-no,skip-l1dfl-vmentry
cpu	tcg	Cooperlake-v2	typename=Cooperlake-v2-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm,avx512f,avx512dq,rdseed,avx512cd,avx512bw,avx512vl,avx512vnni,spec-ctrl,stibp,arch-capabilities,ssbd,avx512-bf16,3dnowprefetch,xsavec,xsaves,rdctl-no,ibrs-all,skip-l1dfl-vmentry,mds-no,pschange-mc-no,taa-no
cpu	tcg	Cooperlake-v1	typename=Cooperlake-v1-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm,avx512f,avx512dq,rdseed,avx512cd,avx512bw,avx512vl,avx512vnni,spec-ctrl,stibp,arch-capabilities,ssbd,avx512-bf16,3dnowprefetch,xsavec,rdctl-no,ibrs-all,skip-l1dfl-vmentry,mds-no,pschange-mc-no,taa-no
cpu	tcg	Cooperlake	typename=Cooperlake-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm,avx512f,avx512dq,rdseed,avx512cd,avx512bw,avx512vl,avx512vnni,spec-ctrl,stibp,arch-capabilities,ssbd,avx512-bf16,3dnowprefetch,xsavec,rdctl-no,ibrs-all,skip-l1dfl-vmentry,mds-no,pschange-mc-no,taa-no
cpu	tcg	Conroe-v1	typename=Conroe-v1-x86_64-cpu	usable
cpu	tcg	Conroe	typename=Conroe-x86_64-cpu	usable
cpu	tcg	Cascadelake-Server-v5	typename=Cascadelake-Server-v5-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid,avx512f,avx512dq,rdseed,avx512cd,avx512bw,avx512vl,avx512vnni,spec-ctrl,arch-capabilities,ssbd,3dnowprefetch,xsavec,xsaves,rdctl-no,ibrs-all,skip-l1dfl-vmentry,mds-no
cpu	tcg	Cascadelake-Server-v4	typename=Cascadelake-Server-v4-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid,avx512f,avx512dq,rdseed,avx512cd,avx512bw,avx512vl,avx512vnni,spec-ctrl,arch-capabilities,ssbd,3dnowprefetch,xsavec,rdctl-no,ibrs-all,skip-l1dfl-vmentry,mds-no
cpu	tcg	Cascadelake-Server-v3	typename=Cascadelake-Server-v3-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid,avx512f,avx512dq,rdseed,avx512cd,avx512bw,avx512vl,avx512vnni,spec-ctrl,arch-capabilities,ssbd,3dnowprefetch,xsavec,rdctl-no,ibrs-all,skip-l1dfl-vmentry,mds-no
cpu	tcg	Cascadelake-Server-v2	typename=Cascadelake-Server-v2-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm,avx512f,avx512dq,rdseed,avx512cd,avx512bw,avx512vl,avx512vnni,spec-ctrl,arch-capabilities,ssbd,3dnowprefetch,xsavec,rdctl-no,ibrs-all,skip-l1dfl-vmentry,mds-no
cpu	tcg	Cascadelake-Server-v1	typename=Cascadelake-Server-v1-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm,avx512f,avx512dq,rdseed,avx512cd,avx512bw,avx512vl,avx512vnni,spec-ctrl,ssbd,3dnowprefetch,xsavec
cpu	tcg	Cascadelake-Server-noTSX	typename=Cascadelake-Server-noTSX-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid,avx512f,avx512dq,rdseed,avx512cd,avx512bw,avx512vl,avx512vnni,spec-ctrl,arch-capabilities,ssbd,3dnowprefetch,xsavec,rdctl-no,ibrs-all,skip-l1dfl-vmentry,mds-no
cpu	tcg	Cascadelake-Server	typename=Cascadelake-Server-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm,avx512f,avx512dq,rdseed,avx512cd,avx512bw,avx512vl,avx512vnni,spec-ctrl,ssbd,3dnowprefetch,xsavec
cpu	tcg	Broadwell-v4	typename=Broadwell-v4-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid,rdseed,spec-ctrl,3dnowprefetch
cpu	tcg	Broadwell-v3	typename=Broadwell-v3-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm,rdseed,spec-ctrl,3dnowprefetch
cpu	tcg	Broadwell-v2	typename=Broadwell-v2-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid,rdseed,3dnowprefetch
cpu	tcg	Broadwell-v1	typename=Broadwell-v1-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm,rdseed,3dnowprefetch
cpu	tcg	Broadwell-noTSX-IBRS	typename=Broadwell-noTSX-IBRS-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid,rdseed,spec-ctrl,3dnowprefetch
cpu	tcg	Broadwell-noTSX	typename=Broadwell-noTSX-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,invpcid,rdseed,3dnowprefetch
cpu	tcg	Broadwell-IBRS	typename=Broadwell-IBRS-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm,rdseed,spec-ctrl,3dnowprefetch
cpu	tcg	Broadwell	typename=Broadwell-x86_64-cpu	blockers=pcid,x2apic,tsc-deadline,hle,invpcid,rtm,rdseed,3dnowprefetch
cpu	tcg	486-v1	typename=486-v1-x86_64-cpu	usable
cpu	tcg	486	typename=486-x86_64-cpu	usable
hyperv	yes	relaxed,vapic,spinlocks,vpindex,runtime,synic,stimer,reset,vendor_id,frequencies,reenlightenment,tlbflush,ipi,avic
""";
}
