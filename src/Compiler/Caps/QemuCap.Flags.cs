namespace Qconv.Compiler.Caps;

// Written once by a throw-away script from libvirt 9.0's capability flag table (VIR_ENUM_IMPL(virQEMUCaps)
// in src/qemu/qemu_capabilities.c: flag names and their QEMU_CAPS_* identifiers, in libvirt's order),
// plus the two pre-1.0 kqemu flags the QEMU 0.10 profile needs. Maintained by hand from here on:
// add a field and a table row for a new flag.

public sealed partial record QemuCap
{
    /// <summary><c>vnc-colon</c> (QEMU_CAPS_VNC_COLON).</summary>
    public static readonly QemuCap VncColon = new("vnc-colon");

    /// <summary><c>no-reboot</c> (QEMU_CAPS_NO_REBOOT).</summary>
    public static readonly QemuCap NoReboot = new("no-reboot");

    /// <summary><c>drive</c> (QEMU_CAPS_DRIVE).</summary>
    public static readonly QemuCap Drive = new("drive");

    /// <summary><c>drive-boot</c> (QEMU_CAPS_DRIVE_BOOT).</summary>
    public static readonly QemuCap DriveBoot = new("drive-boot");

    /// <summary><c>name</c> (QEMU_CAPS_NAME).</summary>
    public static readonly QemuCap NameFlag = new("name");

    /// <summary><c>uuid</c> (QEMU_CAPS_UUID).</summary>
    public static readonly QemuCap Uuid = new("uuid");

    /// <summary><c>domid</c> (QEMU_CAPS_DOMID).</summary>
    public static readonly QemuCap Domid = new("domid");

    /// <summary><c>vnet-hdr</c> (QEMU_CAPS_VNET_HDR).</summary>
    public static readonly QemuCap VnetHdr = new("vnet-hdr");

    /// <summary><c>migrate-kvm-stdio</c> (QEMU_CAPS_MIGRATE_KVM_STDIO).</summary>
    public static readonly QemuCap MigrateKvmStdio = new("migrate-kvm-stdio");

    /// <summary><c>migrate-qemu-tcp</c> (QEMU_CAPS_MIGRATE_QEMU_TCP).</summary>
    public static readonly QemuCap MigrateQemuTcp = new("migrate-qemu-tcp");

    /// <summary><c>migrate-qemu-exec</c> (QEMU_CAPS_MIGRATE_QEMU_EXEC).</summary>
    public static readonly QemuCap MigrateQemuExec = new("migrate-qemu-exec");

    /// <summary><c>drive-cache-v2</c> (QEMU_CAPS_DRIVE_CACHE_V2).</summary>
    public static readonly QemuCap DriveCacheV2 = new("drive-cache-v2");

    /// <summary><c>kvm</c> (QEMU_CAPS_KVM).</summary>
    public static readonly QemuCap Kvm = new("kvm");

    /// <summary><c>drive-format</c> (QEMU_CAPS_DRIVE_FORMAT).</summary>
    public static readonly QemuCap DriveFormat = new("drive-format");

    /// <summary><c>vga</c> (QEMU_CAPS_VGA).</summary>
    public static readonly QemuCap Vga = new("vga");

    /// <summary><c>0.10</c> (QEMU_CAPS_0_10).</summary>
    public static readonly QemuCap Qemu010 = new("0.10");

    /// <summary><c>pci-device</c> (QEMU_CAPS_PCIDEVICE).</summary>
    public static readonly QemuCap Pcidevice = new("pci-device");

    /// <summary><c>mem-path</c> (QEMU_CAPS_MEM_PATH).</summary>
    public static readonly QemuCap MemPath = new("mem-path");

    /// <summary><c>drive-serial</c> (QEMU_CAPS_DRIVE_SERIAL).</summary>
    public static readonly QemuCap DriveSerial = new("drive-serial");

    /// <summary><c>xen-domid</c> (QEMU_CAPS_XEN_DOMID).</summary>
    public static readonly QemuCap XenDomid = new("xen-domid");

    /// <summary><c>migrate-qemu-unix</c> (QEMU_CAPS_MIGRATE_QEMU_UNIX).</summary>
    public static readonly QemuCap MigrateQemuUnix = new("migrate-qemu-unix");

    /// <summary><c>chardev</c> (QEMU_CAPS_CHARDEV).</summary>
    public static readonly QemuCap Chardev = new("chardev");

    /// <summary><c>enable-kvm</c> (QEMU_CAPS_ENABLE_KVM).</summary>
    public static readonly QemuCap EnableKvm = new("enable-kvm");

    /// <summary><c>monitor-json</c> (QEMU_CAPS_MONITOR_JSON).</summary>
    public static readonly QemuCap MonitorJson = new("monitor-json");

    /// <summary><c>balloon</c> (QEMU_CAPS_BALLOON).</summary>
    public static readonly QemuCap Balloon = new("balloon");

    /// <summary><c>device</c> (QEMU_CAPS_DEVICE).</summary>
    public static readonly QemuCap Device = new("device");

    /// <summary><c>sdl</c> (QEMU_CAPS_SDL).</summary>
    public static readonly QemuCap Sdl = new("sdl");

    /// <summary><c>smp-topology</c> (QEMU_CAPS_SMP_TOPOLOGY).</summary>
    public static readonly QemuCap SmpTopology = new("smp-topology");

    /// <summary><c>netdev</c> (QEMU_CAPS_NETDEV).</summary>
    public static readonly QemuCap Netdev = new("netdev");

    /// <summary><c>rtc</c> (QEMU_CAPS_RTC).</summary>
    public static readonly QemuCap Rtc = new("rtc");

    /// <summary><c>vhost-net</c> (QEMU_CAPS_VHOST_NET).</summary>
    public static readonly QemuCap VhostNet = new("vhost-net");

    /// <summary><c>rtc-td-hack</c> (QEMU_CAPS_RTC_TD_HACK).</summary>
    public static readonly QemuCap RtcTdHack = new("rtc-td-hack");

    /// <summary><c>no-hpet</c> (QEMU_CAPS_NO_HPET).</summary>
    public static readonly QemuCap NoHpet = new("no-hpet");

    /// <summary><c>no-kvm-pit</c> (QEMU_CAPS_NO_KVM_PIT).</summary>
    public static readonly QemuCap NoKvmPit = new("no-kvm-pit");

    /// <summary><c>tdf</c> (QEMU_CAPS_TDF).</summary>
    public static readonly QemuCap Tdf = new("tdf");

    /// <summary><c>pci-configfd</c> (QEMU_CAPS_PCI_CONFIGFD).</summary>
    public static readonly QemuCap PciConfigfd = new("pci-configfd");

    /// <summary><c>nodefconfig</c> (QEMU_CAPS_NODEFCONFIG).</summary>
    public static readonly QemuCap Nodefconfig = new("nodefconfig");

    /// <summary><c>boot-menu</c> (QEMU_CAPS_BOOT_MENU).</summary>
    public static readonly QemuCap BootMenu = new("boot-menu");

    /// <summary><c>fsdev</c> (QEMU_CAPS_FSDEV).</summary>
    public static readonly QemuCap Fsdev = new("fsdev");

    /// <summary><c>nesting</c> (QEMU_CAPS_NESTING).</summary>
    public static readonly QemuCap Nesting = new("nesting");

    /// <summary><c>name-process</c> (QEMU_CAPS_NAME_PROCESS).</summary>
    public static readonly QemuCap NameProcess = new("name-process");

    /// <summary><c>drive-readonly</c> (QEMU_CAPS_DRIVE_READONLY).</summary>
    public static readonly QemuCap DriveReadonly = new("drive-readonly");

    /// <summary><c>smbios-type</c> (QEMU_CAPS_SMBIOS_TYPE).</summary>
    public static readonly QemuCap SmbiosType = new("smbios-type");

    /// <summary><c>vga-qxl</c> (QEMU_CAPS_VGA_QXL).</summary>
    public static readonly QemuCap VgaQxl = new("vga-qxl");

    /// <summary><c>spice</c> (QEMU_CAPS_SPICE).</summary>
    public static readonly QemuCap Spice = new("spice");

    /// <summary><c>vga-none</c> (QEMU_CAPS_VGA_NONE).</summary>
    public static readonly QemuCap VgaNone = new("vga-none");

    /// <summary><c>migrate-qemu-fd</c> (QEMU_CAPS_MIGRATE_QEMU_FD).</summary>
    public static readonly QemuCap MigrateQemuFd = new("migrate-qemu-fd");

    /// <summary><c>boot-index</c> (QEMU_CAPS_BOOTINDEX).</summary>
    public static readonly QemuCap Bootindex = new("boot-index");

    /// <summary><c>hda-duplex</c> (QEMU_CAPS_HDA_DUPLEX).</summary>
    public static readonly QemuCap HdaDuplex = new("hda-duplex");

    /// <summary><c>drive-aio</c> (QEMU_CAPS_DRIVE_AIO).</summary>
    public static readonly QemuCap DriveAio = new("drive-aio");

    /// <summary><c>pci-multibus</c> (QEMU_CAPS_PCI_MULTIBUS).</summary>
    public static readonly QemuCap PciMultibus = new("pci-multibus");

    /// <summary><c>pci-bootindex</c> (QEMU_CAPS_PCI_BOOTINDEX).</summary>
    public static readonly QemuCap PciBootindex = new("pci-bootindex");

    /// <summary><c>ccid-emulated</c> (QEMU_CAPS_CCID_EMULATED).</summary>
    public static readonly QemuCap CcidEmulated = new("ccid-emulated");

    /// <summary><c>ccid-passthru</c> (QEMU_CAPS_CCID_PASSTHRU).</summary>
    public static readonly QemuCap CcidPassthru = new("ccid-passthru");

    /// <summary><c>chardev-spicevmc</c> (QEMU_CAPS_CHARDEV_SPICEVMC).</summary>
    public static readonly QemuCap ChardevSpicevmc = new("chardev-spicevmc");

    /// <summary><c>device-spicevmc</c> (QEMU_CAPS_DEVICE_SPICEVMC).</summary>
    public static readonly QemuCap DeviceSpicevmc = new("device-spicevmc");

    /// <summary><c>virtio-tx-alg</c> (QEMU_CAPS_VIRTIO_TX_ALG).</summary>
    public static readonly QemuCap VirtioTxAlg = new("virtio-tx-alg");

    /// <summary><c>device-qxl-vga</c> (QEMU_CAPS_DEVICE_QXL_VGA).</summary>
    public static readonly QemuCap DeviceQxlVga = new("device-qxl-vga");

    /// <summary><c>pci-multifunction</c> (QEMU_CAPS_PCI_MULTIFUNCTION).</summary>
    public static readonly QemuCap PciMultifunction = new("pci-multifunction");

    /// <summary><c>virtio-blk-pci.ioeventfd</c> (QEMU_CAPS_VIRTIO_IOEVENTFD).</summary>
    public static readonly QemuCap VirtioIoeventfd = new("virtio-blk-pci.ioeventfd");

    /// <summary><c>sga</c> (QEMU_CAPS_SGA).</summary>
    public static readonly QemuCap Sga = new("sga");

    /// <summary><c>virtio-blk-pci.event_idx</c> (QEMU_CAPS_VIRTIO_BLK_EVENT_IDX).</summary>
    public static readonly QemuCap VirtioBlkEventIdx = new("virtio-blk-pci.event_idx");

    /// <summary><c>virtio-net-pci.event_idx</c> (QEMU_CAPS_VIRTIO_NET_EVENT_IDX).</summary>
    public static readonly QemuCap VirtioNetEventIdx = new("virtio-net-pci.event_idx");

    /// <summary><c>cache-directsync</c> (QEMU_CAPS_DRIVE_CACHE_DIRECTSYNC).</summary>
    public static readonly QemuCap DriveCacheDirectsync = new("cache-directsync");

    /// <summary><c>piix3-usb-uhci</c> (QEMU_CAPS_PIIX3_USB_UHCI).</summary>
    public static readonly QemuCap Piix3UsbUhci = new("piix3-usb-uhci");

    /// <summary><c>piix4-usb-uhci</c> (QEMU_CAPS_PIIX4_USB_UHCI).</summary>
    public static readonly QemuCap Piix4UsbUhci = new("piix4-usb-uhci");

    /// <summary><c>usb-ehci</c> (QEMU_CAPS_USB_EHCI).</summary>
    public static readonly QemuCap UsbEhci = new("usb-ehci");

    /// <summary><c>ich9-usb-ehci1</c> (QEMU_CAPS_ICH9_USB_EHCI1).</summary>
    public static readonly QemuCap Ich9UsbEhci1 = new("ich9-usb-ehci1");

    /// <summary><c>vt82c686b-usb-uhci</c> (QEMU_CAPS_VT82C686B_USB_UHCI).</summary>
    public static readonly QemuCap Vt82c686bUsbUhci = new("vt82c686b-usb-uhci");

    /// <summary><c>pci-ohci</c> (QEMU_CAPS_PCI_OHCI).</summary>
    public static readonly QemuCap PciOhci = new("pci-ohci");

    /// <summary><c>usb-redir</c> (QEMU_CAPS_USB_REDIR).</summary>
    public static readonly QemuCap UsbRedir = new("usb-redir");

    /// <summary><c>usb-hub</c> (QEMU_CAPS_USB_HUB).</summary>
    public static readonly QemuCap UsbHub = new("usb-hub");

    /// <summary><c>no-shutdown</c> (QEMU_CAPS_NO_SHUTDOWN).</summary>
    public static readonly QemuCap NoShutdown = new("no-shutdown");

    /// <summary><c>cache-unsafe</c> (QEMU_CAPS_DRIVE_CACHE_UNSAFE).</summary>
    public static readonly QemuCap DriveCacheUnsafe = new("cache-unsafe");

    /// <summary><c>rombar</c> (QEMU_CAPS_PCI_ROMBAR).</summary>
    public static readonly QemuCap PciRombar = new("rombar");

    /// <summary><c>ich9-ahci</c> (QEMU_CAPS_ICH9_AHCI).</summary>
    public static readonly QemuCap Ich9Ahci = new("ich9-ahci");

    /// <summary><c>no-acpi</c> (QEMU_CAPS_NO_ACPI).</summary>
    public static readonly QemuCap NoAcpi = new("no-acpi");

    /// <summary><c>fsdev-readonly</c> (QEMU_CAPS_FSDEV_READONLY).</summary>
    public static readonly QemuCap FsdevReadonly = new("fsdev-readonly");

    /// <summary><c>virtio-blk-pci.scsi</c> (QEMU_CAPS_VIRTIO_BLK_SCSI).</summary>
    public static readonly QemuCap VirtioBlkScsi = new("virtio-blk-pci.scsi");

    /// <summary><c>blk-sg-io</c> (QEMU_CAPS_VIRTIO_BLK_SG_IO).</summary>
    public static readonly QemuCap VirtioBlkSgIo = new("blk-sg-io");

    /// <summary><c>drive-copy-on-read</c> (QEMU_CAPS_DRIVE_COPY_ON_READ).</summary>
    public static readonly QemuCap DriveCopyOnRead = new("drive-copy-on-read");

    /// <summary><c>cpu-host</c> (QEMU_CAPS_CPU_HOST).</summary>
    public static readonly QemuCap CpuHost = new("cpu-host");

    /// <summary><c>fsdev-writeout</c> (QEMU_CAPS_FSDEV_WRITEOUT).</summary>
    public static readonly QemuCap FsdevWriteout = new("fsdev-writeout");

    /// <summary><c>drive-iotune</c> (QEMU_CAPS_DRIVE_IOTUNE).</summary>
    public static readonly QemuCap DriveIotune = new("drive-iotune");

    /// <summary><c>system_wakeup</c> (QEMU_CAPS_WAKEUP).</summary>
    public static readonly QemuCap Wakeup = new("system_wakeup");

    /// <summary><c>scsi-disk.channel</c> (QEMU_CAPS_SCSI_DISK_CHANNEL).</summary>
    public static readonly QemuCap ScsiDiskChannel = new("scsi-disk.channel");

    /// <summary><c>scsi-block</c> (QEMU_CAPS_SCSI_BLOCK).</summary>
    public static readonly QemuCap ScsiBlock = new("scsi-block");

    /// <summary><c>transaction</c> (QEMU_CAPS_TRANSACTION).</summary>
    public static readonly QemuCap Transaction = new("transaction");

    /// <summary><c>block-job-sync</c> (QEMU_CAPS_BLOCKJOB_SYNC).</summary>
    public static readonly QemuCap BlockjobSync = new("block-job-sync");

    /// <summary><c>block-job-async</c> (QEMU_CAPS_BLOCKJOB_ASYNC).</summary>
    public static readonly QemuCap BlockjobAsync = new("block-job-async");

    /// <summary><c>scsi-cd</c> (QEMU_CAPS_SCSI_CD).</summary>
    public static readonly QemuCap ScsiCd = new("scsi-cd");

    /// <summary><c>ide-cd</c> (QEMU_CAPS_IDE_CD).</summary>
    public static readonly QemuCap IdeCd = new("ide-cd");

    /// <summary><c>no-user-config</c> (QEMU_CAPS_NO_USER_CONFIG).</summary>
    public static readonly QemuCap NoUserConfig = new("no-user-config");

    /// <summary><c>hda-micro</c> (QEMU_CAPS_HDA_MICRO).</summary>
    public static readonly QemuCap HdaMicro = new("hda-micro");

    /// <summary><c>dump-guest-memory</c> (QEMU_CAPS_DUMP_GUEST_MEMORY).</summary>
    public static readonly QemuCap DumpGuestMemory = new("dump-guest-memory");

    /// <summary><c>nec-usb-xhci</c> (QEMU_CAPS_NEC_USB_XHCI).</summary>
    public static readonly QemuCap NecUsbXhci = new("nec-usb-xhci");

    /// <summary><c>virtio-s390</c> (QEMU_CAPS_VIRTIO_S390).</summary>
    public static readonly QemuCap VirtioS390 = new("virtio-s390");

    /// <summary><c>balloon-event</c> (QEMU_CAPS_BALLOON_EVENT).</summary>
    public static readonly QemuCap BalloonEvent = new("balloon-event");

    /// <summary><c>bridge</c> (QEMU_CAPS_NETDEV_BRIDGE).</summary>
    public static readonly QemuCap NetdevBridge = new("bridge");

    /// <summary><c>lsi</c> (QEMU_CAPS_SCSI_LSI).</summary>
    public static readonly QemuCap ScsiLsi = new("lsi");

    /// <summary><c>virtio-scsi-pci</c> (QEMU_CAPS_VIRTIO_SCSI).</summary>
    public static readonly QemuCap VirtioScsi = new("virtio-scsi-pci");

    /// <summary><c>blockio</c> (QEMU_CAPS_BLOCKIO).</summary>
    public static readonly QemuCap Blockio = new("blockio");

    /// <summary><c>disable-s3</c> (QEMU_CAPS_PIIX_DISABLE_S3).</summary>
    public static readonly QemuCap PiixDisableS3 = new("disable-s3");

    /// <summary><c>disable-s4</c> (QEMU_CAPS_PIIX_DISABLE_S4).</summary>
    public static readonly QemuCap PiixDisableS4 = new("disable-s4");

    /// <summary><c>usb-redir.filter</c> (QEMU_CAPS_USB_REDIR_FILTER).</summary>
    public static readonly QemuCap UsbRedirFilter = new("usb-redir.filter");

    /// <summary><c>ide-drive.wwn</c> (QEMU_CAPS_IDE_DRIVE_WWN).</summary>
    public static readonly QemuCap IdeDriveWwn = new("ide-drive.wwn");

    /// <summary><c>scsi-disk.wwn</c> (QEMU_CAPS_SCSI_DISK_WWN).</summary>
    public static readonly QemuCap ScsiDiskWwn = new("scsi-disk.wwn");

    /// <summary><c>seccomp-sandbox</c> (QEMU_CAPS_SECCOMP_SANDBOX).</summary>
    public static readonly QemuCap SeccompSandbox = new("seccomp-sandbox");

    /// <summary><c>reboot-timeout</c> (QEMU_CAPS_REBOOT_TIMEOUT).</summary>
    public static readonly QemuCap RebootTimeout = new("reboot-timeout");

    /// <summary><c>dump-guest-core</c> (QEMU_CAPS_DUMP_GUEST_CORE).</summary>
    public static readonly QemuCap DumpGuestCore = new("dump-guest-core");

    /// <summary><c>seamless-migration</c> (QEMU_CAPS_SEAMLESS_MIGRATION).</summary>
    public static readonly QemuCap SeamlessMigration = new("seamless-migration");

    /// <summary><c>block-commit</c> (QEMU_CAPS_BLOCK_COMMIT).</summary>
    public static readonly QemuCap BlockCommit = new("block-commit");

    /// <summary><c>vnc</c> (QEMU_CAPS_VNC).</summary>
    public static readonly QemuCap Vnc = new("vnc");

    /// <summary><c>drive-mirror</c> (QEMU_CAPS_DRIVE_MIRROR).</summary>
    public static readonly QemuCap DriveMirror = new("drive-mirror");

    /// <summary><c>usb-redir.bootindex</c> (QEMU_CAPS_USB_REDIR_BOOTINDEX).</summary>
    public static readonly QemuCap UsbRedirBootindex = new("usb-redir.bootindex");

    /// <summary><c>usb-host.bootindex</c> (QEMU_CAPS_USB_HOST_BOOTINDEX).</summary>
    public static readonly QemuCap UsbHostBootindex = new("usb-host.bootindex");

    /// <summary><c>blockdev-snapshot-sync</c> (QEMU_CAPS_DISK_SNAPSHOT).</summary>
    public static readonly QemuCap DiskSnapshot = new("blockdev-snapshot-sync");

    /// <summary><c>qxl</c> (QEMU_CAPS_DEVICE_QXL).</summary>
    public static readonly QemuCap DeviceQxl = new("qxl");

    /// <summary><c>VGA</c> (QEMU_CAPS_DEVICE_VGA).</summary>
    public static readonly QemuCap DeviceVga = new("VGA");

    /// <summary><c>cirrus-vga</c> (QEMU_CAPS_DEVICE_CIRRUS_VGA).</summary>
    public static readonly QemuCap DeviceCirrusVga = new("cirrus-vga");

    /// <summary><c>vmware-svga</c> (QEMU_CAPS_DEVICE_VMWARE_SVGA).</summary>
    public static readonly QemuCap DeviceVmwareSvga = new("vmware-svga");

    /// <summary><c>device-video-primary</c> (QEMU_CAPS_DEVICE_VIDEO_PRIMARY).</summary>
    public static readonly QemuCap DeviceVideoPrimary = new("device-video-primary");

    /// <summary><c>s390-sclp</c> (QEMU_CAPS_DEVICE_SCLPCONSOLE).</summary>
    public static readonly QemuCap DeviceSclpconsole = new("s390-sclp");

    /// <summary><c>usb-serial</c> (QEMU_CAPS_DEVICE_USB_SERIAL).</summary>
    public static readonly QemuCap DeviceUsbSerial = new("usb-serial");

    /// <summary><c>usb-net</c> (QEMU_CAPS_DEVICE_USB_NET).</summary>
    public static readonly QemuCap DeviceUsbNet = new("usb-net");

    /// <summary><c>add-fd</c> (QEMU_CAPS_ADD_FD).</summary>
    public static readonly QemuCap AddFd = new("add-fd");

    /// <summary><c>nbd-server</c> (QEMU_CAPS_NBD_SERVER).</summary>
    public static readonly QemuCap NbdServer = new("nbd-server");

    /// <summary><c>virtio-rng</c> (QEMU_CAPS_DEVICE_VIRTIO_RNG).</summary>
    public static readonly QemuCap DeviceVirtioRng = new("virtio-rng");

    /// <summary><c>rng-random</c> (QEMU_CAPS_OBJECT_RNG_RANDOM).</summary>
    public static readonly QemuCap ObjectRngRandom = new("rng-random");

    /// <summary><c>rng-egd</c> (QEMU_CAPS_OBJECT_RNG_EGD).</summary>
    public static readonly QemuCap ObjectRngEgd = new("rng-egd");

    /// <summary><c>virtio-ccw</c> (QEMU_CAPS_VIRTIO_CCW).</summary>
    public static readonly QemuCap VirtioCcw = new("virtio-ccw");

    /// <summary><c>dtb</c> (QEMU_CAPS_DTB).</summary>
    public static readonly QemuCap Dtb = new("dtb");

    /// <summary><c>megasas</c> (QEMU_CAPS_SCSI_MEGASAS).</summary>
    public static readonly QemuCap ScsiMegasas = new("megasas");

    /// <summary><c>ipv6-migration</c> (QEMU_CAPS_IPV6_MIGRATION).</summary>
    public static readonly QemuCap Ipv6Migration = new("ipv6-migration");

    /// <summary><c>machine-opt</c> (QEMU_CAPS_MACHINE_OPT).</summary>
    public static readonly QemuCap MachineOpt = new("machine-opt");

    /// <summary><c>machine-usb-opt</c> (QEMU_CAPS_MACHINE_USB_OPT).</summary>
    public static readonly QemuCap MachineUsbOpt = new("machine-usb-opt");

    /// <summary><c>tpm-passthrough</c> (QEMU_CAPS_DEVICE_TPM_PASSTHROUGH).</summary>
    public static readonly QemuCap DeviceTpmPassthrough = new("tpm-passthrough");

    /// <summary><c>tpm-tis</c> (QEMU_CAPS_DEVICE_TPM_TIS).</summary>
    public static readonly QemuCap DeviceTpmTis = new("tpm-tis");

    /// <summary><c>nvram</c> (QEMU_CAPS_DEVICE_NVRAM).</summary>
    public static readonly QemuCap DeviceNvram = new("nvram");

    /// <summary><c>pci-bridge</c> (QEMU_CAPS_DEVICE_PCI_BRIDGE).</summary>
    public static readonly QemuCap DevicePciBridge = new("pci-bridge");

    /// <summary><c>vfio-pci</c> (QEMU_CAPS_DEVICE_VFIO_PCI).</summary>
    public static readonly QemuCap DeviceVfioPci = new("vfio-pci");

    /// <summary><c>vfio-pci.bootindex</c> (QEMU_CAPS_VFIO_PCI_BOOTINDEX).</summary>
    public static readonly QemuCap VfioPciBootindex = new("vfio-pci.bootindex");

    /// <summary><c>scsi-generic</c> (QEMU_CAPS_DEVICE_SCSI_GENERIC).</summary>
    public static readonly QemuCap DeviceScsiGeneric = new("scsi-generic");

    /// <summary><c>scsi-generic.bootindex</c> (QEMU_CAPS_DEVICE_SCSI_GENERIC_BOOTINDEX).</summary>
    public static readonly QemuCap DeviceScsiGenericBootindex = new("scsi-generic.bootindex");

    /// <summary><c>mem-merge</c> (QEMU_CAPS_MEM_MERGE).</summary>
    public static readonly QemuCap MemMerge = new("mem-merge");

    /// <summary><c>vnc-websocket</c> (QEMU_CAPS_VNC_WEBSOCKET).</summary>
    public static readonly QemuCap VncWebsocket = new("vnc-websocket");

    /// <summary><c>drive-discard</c> (QEMU_CAPS_DRIVE_DISCARD).</summary>
    public static readonly QemuCap DriveDiscard = new("drive-discard");

    /// <summary><c>mlock</c> (QEMU_CAPS_REALTIME_MLOCK).</summary>
    public static readonly QemuCap RealtimeMlock = new("mlock");

    /// <summary><c>vnc-share-policy</c> (QEMU_CAPS_VNC_SHARE_POLICY).</summary>
    public static readonly QemuCap VncSharePolicy = new("vnc-share-policy");

    /// <summary><c>device-del-event</c> (QEMU_CAPS_DEVICE_DEL_EVENT).</summary>
    public static readonly QemuCap DeviceDelEvent = new("device-del-event");

    /// <summary><c>dmi-to-pci-bridge</c> (QEMU_CAPS_DEVICE_DMI_TO_PCI_BRIDGE).</summary>
    public static readonly QemuCap DeviceDmiToPciBridge = new("dmi-to-pci-bridge");

    /// <summary><c>i440fx-pci-hole64-size</c> (QEMU_CAPS_I440FX_PCI_HOLE64_SIZE).</summary>
    public static readonly QemuCap I440fxPciHole64Size = new("i440fx-pci-hole64-size");

    /// <summary><c>q35-pci-hole64-size</c> (QEMU_CAPS_Q35_PCI_HOLE64_SIZE).</summary>
    public static readonly QemuCap Q35PciHole64Size = new("q35-pci-hole64-size");

    /// <summary><c>usb-storage</c> (QEMU_CAPS_DEVICE_USB_STORAGE).</summary>
    public static readonly QemuCap DeviceUsbStorage = new("usb-storage");

    /// <summary><c>usb-storage.removable</c> (QEMU_CAPS_USB_STORAGE_REMOVABLE).</summary>
    public static readonly QemuCap UsbStorageRemovable = new("usb-storage.removable");

    /// <summary><c>virtio-mmio</c> (QEMU_CAPS_DEVICE_VIRTIO_MMIO).</summary>
    public static readonly QemuCap DeviceVirtioMmio = new("virtio-mmio");

    /// <summary><c>ich9-intel-hda</c> (QEMU_CAPS_DEVICE_ICH9_INTEL_HDA).</summary>
    public static readonly QemuCap DeviceIch9IntelHda = new("ich9-intel-hda");

    /// <summary><c>kvm-pit-lost-tick-policy</c> (QEMU_CAPS_KVM_PIT_TICK_POLICY).</summary>
    public static readonly QemuCap KvmPitTickPolicy = new("kvm-pit-lost-tick-policy");

    /// <summary><c>boot-strict</c> (QEMU_CAPS_BOOT_STRICT).</summary>
    public static readonly QemuCap BootStrict = new("boot-strict");

    /// <summary><c>pvpanic</c> (QEMU_CAPS_DEVICE_PANIC).</summary>
    public static readonly QemuCap DevicePanic = new("pvpanic");

    /// <summary><c>enable-fips</c> (QEMU_CAPS_ENABLE_FIPS).</summary>
    public static readonly QemuCap EnableFips = new("enable-fips");

    /// <summary><c>spice-file-xfer-disable</c> (QEMU_CAPS_SPICE_FILE_XFER_DISABLE).</summary>
    public static readonly QemuCap SpiceFileXferDisable = new("spice-file-xfer-disable");

    /// <summary><c>spiceport</c> (QEMU_CAPS_CHARDEV_SPICEPORT).</summary>
    public static readonly QemuCap ChardevSpiceport = new("spiceport");

    /// <summary><c>usb-kbd</c> (QEMU_CAPS_DEVICE_USB_KBD).</summary>
    public static readonly QemuCap DeviceUsbKbd = new("usb-kbd");

    /// <summary><c>host-pci-multidomain</c> (QEMU_CAPS_HOST_PCI_MULTIDOMAIN).</summary>
    public static readonly QemuCap HostPciMultidomain = new("host-pci-multidomain");

    /// <summary><c>msg-timestamp</c> (QEMU_CAPS_MSG_TIMESTAMP).</summary>
    public static readonly QemuCap MsgTimestamp = new("msg-timestamp");

    /// <summary><c>active-commit</c> (QEMU_CAPS_ACTIVE_COMMIT).</summary>
    public static readonly QemuCap ActiveCommit = new("active-commit");

    /// <summary><c>change-backing-file</c> (QEMU_CAPS_CHANGE_BACKING_FILE).</summary>
    public static readonly QemuCap ChangeBackingFile = new("change-backing-file");

    /// <summary><c>memory-backend-ram</c> (QEMU_CAPS_OBJECT_MEMORY_RAM).</summary>
    public static readonly QemuCap ObjectMemoryRam = new("memory-backend-ram");

    /// <summary><c>numa</c> (QEMU_CAPS_NUMA).</summary>
    public static readonly QemuCap Numa = new("numa");

    /// <summary><c>memory-backend-file</c> (QEMU_CAPS_OBJECT_MEMORY_FILE).</summary>
    public static readonly QemuCap ObjectMemoryFile = new("memory-backend-file");

    /// <summary><c>usb-audio</c> (QEMU_CAPS_OBJECT_USB_AUDIO).</summary>
    public static readonly QemuCap ObjectUsbAudio = new("usb-audio");

    /// <summary><c>rtc-reset-reinjection</c> (QEMU_CAPS_RTC_RESET_REINJECTION).</summary>
    public static readonly QemuCap RtcResetReinjection = new("rtc-reset-reinjection");

    /// <summary><c>splash-timeout</c> (QEMU_CAPS_SPLASH_TIMEOUT).</summary>
    public static readonly QemuCap SplashTimeout = new("splash-timeout");

    /// <summary><c>iothread</c> (QEMU_CAPS_OBJECT_IOTHREAD).</summary>
    public static readonly QemuCap ObjectIothread = new("iothread");

    /// <summary><c>migrate-rdma</c> (QEMU_CAPS_MIGRATE_RDMA).</summary>
    public static readonly QemuCap MigrateRdma = new("migrate-rdma");

    /// <summary><c>ivshmem</c> (QEMU_CAPS_DEVICE_IVSHMEM).</summary>
    public static readonly QemuCap DeviceIvshmem = new("ivshmem");

    /// <summary><c>drive-iotune-max</c> (QEMU_CAPS_DRIVE_IOTUNE_MAX).</summary>
    public static readonly QemuCap DriveIotuneMax = new("drive-iotune-max");

    /// <summary><c>VGA.vgamem_mb</c> (QEMU_CAPS_VGA_VGAMEM).</summary>
    public static readonly QemuCap VgaVgamem = new("VGA.vgamem_mb");

    /// <summary><c>vmware-svga.vgamem_mb</c> (QEMU_CAPS_VMWARE_SVGA_VGAMEM).</summary>
    public static readonly QemuCap VmwareSvgaVgamem = new("vmware-svga.vgamem_mb");

    /// <summary><c>qxl.vgamem_mb</c> (QEMU_CAPS_QXL_VGAMEM).</summary>
    public static readonly QemuCap QxlVgamem = new("qxl.vgamem_mb");

    /// <summary><c>qxl-vga.vgamem_mb</c> (QEMU_CAPS_QXL_VGA_VGAMEM).</summary>
    public static readonly QemuCap QxlVgaVgamem = new("qxl-vga.vgamem_mb");

    /// <summary><c>pc-dimm</c> (QEMU_CAPS_DEVICE_PC_DIMM).</summary>
    public static readonly QemuCap DevicePcDimm = new("pc-dimm");

    /// <summary><c>machine-vmport-opt</c> (QEMU_CAPS_MACHINE_VMPORT_OPT).</summary>
    public static readonly QemuCap MachineVmportOpt = new("machine-vmport-opt");

    /// <summary><c>aes-key-wrap</c> (QEMU_CAPS_AES_KEY_WRAP).</summary>
    public static readonly QemuCap AesKeyWrap = new("aes-key-wrap");

    /// <summary><c>dea-key-wrap</c> (QEMU_CAPS_DEA_KEY_WRAP).</summary>
    public static readonly QemuCap DeaKeyWrap = new("dea-key-wrap");

    /// <summary><c>pci-serial</c> (QEMU_CAPS_DEVICE_PCI_SERIAL).</summary>
    public static readonly QemuCap DevicePciSerial = new("pci-serial");

    /// <summary><c>aarch64-off</c> (QEMU_CAPS_CPU_AARCH64_OFF).</summary>
    public static readonly QemuCap CpuAarch64Off = new("aarch64-off");

    /// <summary><c>vhost-user-multiqueue</c> (QEMU_CAPS_VHOSTUSER_MULTIQUEUE).</summary>
    public static readonly QemuCap VhostuserMultiqueue = new("vhost-user-multiqueue");

    /// <summary><c>migration-event</c> (QEMU_CAPS_MIGRATION_EVENT).</summary>
    public static readonly QemuCap MigrationEvent = new("migration-event");

    /// <summary><c>gpex-pcihost</c> (QEMU_CAPS_OBJECT_GPEX).</summary>
    public static readonly QemuCap ObjectGpex = new("gpex-pcihost");

    /// <summary><c>ioh3420</c> (QEMU_CAPS_DEVICE_IOH3420).</summary>
    public static readonly QemuCap DeviceIoh3420 = new("ioh3420");

    /// <summary><c>x3130-upstream</c> (QEMU_CAPS_DEVICE_X3130_UPSTREAM).</summary>
    public static readonly QemuCap DeviceX3130Upstream = new("x3130-upstream");

    /// <summary><c>xio3130-downstream</c> (QEMU_CAPS_DEVICE_XIO3130_DOWNSTREAM).</summary>
    public static readonly QemuCap DeviceXio3130Downstream = new("xio3130-downstream");

    /// <summary><c>rtl8139</c> (QEMU_CAPS_DEVICE_RTL8139).</summary>
    public static readonly QemuCap DeviceRtl8139 = new("rtl8139");

    /// <summary><c>e1000</c> (QEMU_CAPS_DEVICE_E1000).</summary>
    public static readonly QemuCap DeviceE1000 = new("e1000");

    /// <summary><c>virtio-net</c> (QEMU_CAPS_DEVICE_VIRTIO_NET).</summary>
    public static readonly QemuCap DeviceVirtioNet = new("virtio-net");

    /// <summary><c>gic-version</c> (QEMU_CAPS_MACH_VIRT_GIC_VERSION).</summary>
    public static readonly QemuCap MachVirtGicVersion = new("gic-version");

    /// <summary><c>incoming-defer</c> (QEMU_CAPS_INCOMING_DEFER).</summary>
    public static readonly QemuCap IncomingDefer = new("incoming-defer");

    /// <summary><c>virtio-gpu</c> (QEMU_CAPS_DEVICE_VIRTIO_GPU).</summary>
    public static readonly QemuCap DeviceVirtioGpu = new("virtio-gpu");

    /// <summary><c>virtio-gpu.virgl</c> (QEMU_CAPS_VIRTIO_GPU_VIRGL).</summary>
    public static readonly QemuCap VirtioGpuVirgl = new("virtio-gpu.virgl");

    /// <summary><c>virtio-keyboard</c> (QEMU_CAPS_VIRTIO_KEYBOARD).</summary>
    public static readonly QemuCap VirtioKeyboard = new("virtio-keyboard");

    /// <summary><c>virtio-mouse</c> (QEMU_CAPS_VIRTIO_MOUSE).</summary>
    public static readonly QemuCap VirtioMouse = new("virtio-mouse");

    /// <summary><c>virtio-tablet</c> (QEMU_CAPS_VIRTIO_TABLET).</summary>
    public static readonly QemuCap VirtioTablet = new("virtio-tablet");

    /// <summary><c>virtio-input-host</c> (QEMU_CAPS_VIRTIO_INPUT_HOST).</summary>
    public static readonly QemuCap VirtioInputHost = new("virtio-input-host");

    /// <summary><c>chardev-file-append</c> (QEMU_CAPS_CHARDEV_FILE_APPEND).</summary>
    public static readonly QemuCap ChardevFileAppend = new("chardev-file-append");

    /// <summary><c>ich9-disable-s3</c> (QEMU_CAPS_ICH9_DISABLE_S3).</summary>
    public static readonly QemuCap Ich9DisableS3 = new("ich9-disable-s3");

    /// <summary><c>ich9-disable-s4</c> (QEMU_CAPS_ICH9_DISABLE_S4).</summary>
    public static readonly QemuCap Ich9DisableS4 = new("ich9-disable-s4");

    /// <summary><c>vserport-change-event</c> (QEMU_CAPS_VSERPORT_CHANGE).</summary>
    public static readonly QemuCap VserportChange = new("vserport-change-event");

    /// <summary><c>virtio-balloon-pci.deflate-on-oom</c> (QEMU_CAPS_VIRTIO_BALLOON_AUTODEFLATE).</summary>
    public static readonly QemuCap VirtioBalloonAutodeflate = new("virtio-balloon-pci.deflate-on-oom");

    /// <summary><c>mptsas1068</c> (QEMU_CAPS_SCSI_MPTSAS1068).</summary>
    public static readonly QemuCap ScsiMptsas1068 = new("mptsas1068");

    /// <summary><c>spice-gl</c> (QEMU_CAPS_SPICE_GL).</summary>
    public static readonly QemuCap SpiceGl = new("spice-gl");

    /// <summary><c>qxl.vram64_size_mb</c> (QEMU_CAPS_QXL_VRAM64).</summary>
    public static readonly QemuCap QxlVram64 = new("qxl.vram64_size_mb");

    /// <summary><c>qxl-vga.vram64_size_mb</c> (QEMU_CAPS_QXL_VGA_VRAM64).</summary>
    public static readonly QemuCap QxlVgaVram64 = new("qxl-vga.vram64_size_mb");

    /// <summary><c>chardev-logfile</c> (QEMU_CAPS_CHARDEV_LOGFILE).</summary>
    public static readonly QemuCap ChardevLogfile = new("chardev-logfile");

    /// <summary><c>debug-threads</c> (QEMU_CAPS_NAME_DEBUG_THREADS).</summary>
    public static readonly QemuCap NameDebugThreads = new("debug-threads");

    /// <summary><c>secret</c> (QEMU_CAPS_OBJECT_SECRET).</summary>
    public static readonly QemuCap ObjectSecret = new("secret");

    /// <summary><c>pxb</c> (QEMU_CAPS_DEVICE_PXB).</summary>
    public static readonly QemuCap DevicePxb = new("pxb");

    /// <summary><c>pxb-pcie</c> (QEMU_CAPS_DEVICE_PXB_PCIE).</summary>
    public static readonly QemuCap DevicePxbPcie = new("pxb-pcie");

    /// <summary><c>device-tray-moved-event</c> (QEMU_CAPS_DEVICE_TRAY_MOVED).</summary>
    public static readonly QemuCap DeviceTrayMoved = new("device-tray-moved-event");

    /// <summary><c>nec-usb-xhci-ports</c> (QEMU_CAPS_NEC_USB_XHCI_PORTS).</summary>
    public static readonly QemuCap NecUsbXhciPorts = new("nec-usb-xhci-ports");

    /// <summary><c>virtio-scsi-pci.iothread</c> (QEMU_CAPS_VIRTIO_SCSI_IOTHREAD).</summary>
    public static readonly QemuCap VirtioScsiIothread = new("virtio-scsi-pci.iothread");

    /// <summary><c>name-guest</c> (QEMU_CAPS_NAME_GUEST).</summary>
    public static readonly QemuCap NameGuest = new("name-guest");

    /// <summary><c>qxl.max_outputs</c> (QEMU_CAPS_QXL_MAX_OUTPUTS).</summary>
    public static readonly QemuCap QxlMaxOutputs = new("qxl.max_outputs");

    /// <summary><c>qxl-vga.max_outputs</c> (QEMU_CAPS_QXL_VGA_MAX_OUTPUTS).</summary>
    public static readonly QemuCap QxlVgaMaxOutputs = new("qxl-vga.max_outputs");

    /// <summary><c>spice-unix</c> (QEMU_CAPS_SPICE_UNIX).</summary>
    public static readonly QemuCap SpiceUnix = new("spice-unix");

    /// <summary><c>drive-detect-zeroes</c> (QEMU_CAPS_DRIVE_DETECT_ZEROES).</summary>
    public static readonly QemuCap DriveDetectZeroes = new("drive-detect-zeroes");

    /// <summary><c>tls-creds-x509</c> (QEMU_CAPS_OBJECT_TLS_CREDS_X509).</summary>
    public static readonly QemuCap ObjectTlsCredsX509 = new("tls-creds-x509");

    /// <summary><c>display</c> (QEMU_CAPS_DISPLAY).</summary>
    public static readonly QemuCap Display = new("display");

    /// <summary><c>intel-iommu</c> (QEMU_CAPS_DEVICE_INTEL_IOMMU).</summary>
    public static readonly QemuCap DeviceIntelIommu = new("intel-iommu");

    /// <summary><c>smm</c> (QEMU_CAPS_MACHINE_SMM_OPT).</summary>
    public static readonly QemuCap MachineSmmOpt = new("smm");

    /// <summary><c>virtio-pci-disable-legacy</c> (QEMU_CAPS_VIRTIO_PCI_DISABLE_LEGACY).</summary>
    public static readonly QemuCap VirtioPciDisableLegacy = new("virtio-pci-disable-legacy");

    /// <summary><c>query-hotpluggable-cpus</c> (QEMU_CAPS_QUERY_HOTPLUGGABLE_CPUS).</summary>
    public static readonly QemuCap QueryHotpluggableCpus = new("query-hotpluggable-cpus");

    /// <summary><c>virtio-net.rx_queue_size</c> (QEMU_CAPS_VIRTIO_NET_RX_QUEUE_SIZE).</summary>
    public static readonly QemuCap VirtioNetRxQueueSize = new("virtio-net.rx_queue_size");

    /// <summary><c>machine-iommu</c> (QEMU_CAPS_MACHINE_IOMMU).</summary>
    public static readonly QemuCap MachineIommu = new("machine-iommu");

    /// <summary><c>virtio-vga</c> (QEMU_CAPS_DEVICE_VIRTIO_VGA).</summary>
    public static readonly QemuCap DeviceVirtioVga = new("virtio-vga");

    /// <summary><c>drive-iotune-max-length</c> (QEMU_CAPS_DRIVE_IOTUNE_MAX_LENGTH).</summary>
    public static readonly QemuCap DriveIotuneMaxLength = new("drive-iotune-max-length");

    /// <summary><c>ivshmem-plain</c> (QEMU_CAPS_DEVICE_IVSHMEM_PLAIN).</summary>
    public static readonly QemuCap DeviceIvshmemPlain = new("ivshmem-plain");

    /// <summary><c>ivshmem-doorbell</c> (QEMU_CAPS_DEVICE_IVSHMEM_DOORBELL).</summary>
    public static readonly QemuCap DeviceIvshmemDoorbell = new("ivshmem-doorbell");

    /// <summary><c>query-qmp-schema</c> (QEMU_CAPS_QUERY_QMP_SCHEMA).</summary>
    public static readonly QemuCap QueryQmpSchema = new("query-qmp-schema");

    /// <summary><c>gluster.debug_level</c> (QEMU_CAPS_GLUSTER_DEBUG_LEVEL).</summary>
    public static readonly QemuCap GlusterDebugLevel = new("gluster.debug_level");

    /// <summary><c>vhost-scsi</c> (QEMU_CAPS_DEVICE_VHOST_SCSI).</summary>
    public static readonly QemuCap DeviceVhostScsi = new("vhost-scsi");

    /// <summary><c>drive-iotune-group</c> (QEMU_CAPS_DRIVE_IOTUNE_GROUP).</summary>
    public static readonly QemuCap DriveIotuneGroup = new("drive-iotune-group");

    /// <summary><c>query-cpu-model-expansion</c> (QEMU_CAPS_QUERY_CPU_MODEL_EXPANSION).</summary>
    public static readonly QemuCap QueryCpuModelExpansion = new("query-cpu-model-expansion");

    /// <summary><c>virtio-net.host_mtu</c> (QEMU_CAPS_VIRTIO_NET_HOST_MTU).</summary>
    public static readonly QemuCap VirtioNetHostMtu = new("virtio-net.host_mtu");

    /// <summary><c>spice-rendernode</c> (QEMU_CAPS_SPICE_RENDERNODE).</summary>
    public static readonly QemuCap SpiceRendernode = new("spice-rendernode");

    /// <summary><c>nvdimm</c> (QEMU_CAPS_DEVICE_NVDIMM).</summary>
    public static readonly QemuCap DeviceNvdimm = new("nvdimm");

    /// <summary><c>pcie-root-port</c> (QEMU_CAPS_DEVICE_PCIE_ROOT_PORT).</summary>
    public static readonly QemuCap DevicePcieRootPort = new("pcie-root-port");

    /// <summary><c>query-cpu-definitions</c> (QEMU_CAPS_QUERY_CPU_DEFINITIONS).</summary>
    public static readonly QemuCap QueryCpuDefinitions = new("query-cpu-definitions");

    /// <summary><c>block-write-threshold</c> (QEMU_CAPS_BLOCK_WRITE_THRESHOLD).</summary>
    public static readonly QemuCap BlockWriteThreshold = new("block-write-threshold");

    /// <summary><c>query-named-block-nodes</c> (QEMU_CAPS_QUERY_NAMED_BLOCK_NODES).</summary>
    public static readonly QemuCap QueryNamedBlockNodes = new("query-named-block-nodes");

    /// <summary><c>cpu-cache</c> (QEMU_CAPS_CPU_CACHE).</summary>
    public static readonly QemuCap CpuCache = new("cpu-cache");

    /// <summary><c>qemu-xhci</c> (QEMU_CAPS_DEVICE_QEMU_XHCI).</summary>
    public static readonly QemuCap DeviceQemuXhci = new("qemu-xhci");

    /// <summary><c>kernel-irqchip</c> (QEMU_CAPS_MACHINE_KERNEL_IRQCHIP).</summary>
    public static readonly QemuCap MachineKernelIrqchip = new("kernel-irqchip");

    /// <summary><c>kernel-irqchip.split</c> (QEMU_CAPS_MACHINE_KERNEL_IRQCHIP_SPLIT).</summary>
    public static readonly QemuCap MachineKernelIrqchipSplit = new("kernel-irqchip.split");

    /// <summary><c>intel-iommu.intremap</c> (QEMU_CAPS_INTEL_IOMMU_INTREMAP).</summary>
    public static readonly QemuCap IntelIommuIntremap = new("intel-iommu.intremap");

    /// <summary><c>intel-iommu.caching-mode</c> (QEMU_CAPS_INTEL_IOMMU_CACHING_MODE).</summary>
    public static readonly QemuCap IntelIommuCachingMode = new("intel-iommu.caching-mode");

    /// <summary><c>intel-iommu.eim</c> (QEMU_CAPS_INTEL_IOMMU_EIM).</summary>
    public static readonly QemuCap IntelIommuEim = new("intel-iommu.eim");

    /// <summary><c>intel-iommu.device-iotlb</c> (QEMU_CAPS_INTEL_IOMMU_DEVICE_IOTLB).</summary>
    public static readonly QemuCap IntelIommuDeviceIotlb = new("intel-iommu.device-iotlb");

    /// <summary><c>virtio.iommu_platform</c> (QEMU_CAPS_VIRTIO_PCI_IOMMU_PLATFORM).</summary>
    public static readonly QemuCap VirtioPciIommuPlatform = new("virtio.iommu_platform");

    /// <summary><c>virtio.ats</c> (QEMU_CAPS_VIRTIO_PCI_ATS).</summary>
    public static readonly QemuCap VirtioPciAts = new("virtio.ats");

    /// <summary><c>loadparm</c> (QEMU_CAPS_LOADPARM).</summary>
    public static readonly QemuCap Loadparm = new("loadparm");

    /// <summary><c>spapr-pci-host-bridge</c> (QEMU_CAPS_DEVICE_SPAPR_PCI_HOST_BRIDGE).</summary>
    public static readonly QemuCap DeviceSpaprPciHostBridge = new("spapr-pci-host-bridge");

    /// <summary><c>spapr-pci-host-bridge.numa_node</c> (QEMU_CAPS_SPAPR_PCI_HOST_BRIDGE_NUMA_NODE).</summary>
    public static readonly QemuCap SpaprPciHostBridgeNumaNode = new("spapr-pci-host-bridge.numa_node");

    /// <summary><c>vnc-multi-servers</c> (QEMU_CAPS_VNC_MULTI_SERVERS).</summary>
    public static readonly QemuCap VncMultiServers = new("vnc-multi-servers");

    /// <summary><c>virtio-net.tx_queue_size</c> (QEMU_CAPS_VIRTIO_NET_TX_QUEUE_SIZE).</summary>
    public static readonly QemuCap VirtioNetTxQueueSize = new("virtio-net.tx_queue_size");

    /// <summary><c>chardev-reconnect</c> (QEMU_CAPS_CHARDEV_RECONNECT).</summary>
    public static readonly QemuCap ChardevReconnect = new("chardev-reconnect");

    /// <summary><c>virtio-gpu.max_outputs</c> (QEMU_CAPS_VIRTIO_GPU_MAX_OUTPUTS).</summary>
    public static readonly QemuCap VirtioGpuMaxOutputs = new("virtio-gpu.max_outputs");

    /// <summary><c>vxhs</c> (QEMU_CAPS_VXHS).</summary>
    public static readonly QemuCap Vxhs = new("vxhs");

    /// <summary><c>virtio-blk.num-queues</c> (QEMU_CAPS_VIRTIO_BLK_NUM_QUEUES).</summary>
    public static readonly QemuCap VirtioBlkNumQueues = new("virtio-blk.num-queues");

    /// <summary><c>machine.pseries.resize-hpt</c> (QEMU_CAPS_MACHINE_PSERIES_RESIZE_HPT).</summary>
    public static readonly QemuCap MachinePseriesResizeHpt = new("machine.pseries.resize-hpt");

    /// <summary><c>vmcoreinfo</c> (QEMU_CAPS_DEVICE_VMCOREINFO).</summary>
    public static readonly QemuCap DeviceVmcoreinfo = new("vmcoreinfo");

    /// <summary><c>spapr-vty</c> (QEMU_CAPS_DEVICE_SPAPR_VTY).</summary>
    public static readonly QemuCap DeviceSpaprVty = new("spapr-vty");

    /// <summary><c>sclplmconsole</c> (QEMU_CAPS_DEVICE_SCLPLMCONSOLE).</summary>
    public static readonly QemuCap DeviceSclplmconsole = new("sclplmconsole");

    /// <summary><c>numa.dist</c> (QEMU_CAPS_NUMA_DIST).</summary>
    public static readonly QemuCap NumaDist = new("numa.dist");

    /// <summary><c>disk-share-rw</c> (QEMU_CAPS_DISK_SHARE_RW).</summary>
    public static readonly QemuCap DiskShareRw = new("disk-share-rw");

    /// <summary><c>iscsi.password-secret</c> (QEMU_CAPS_ISCSI_PASSWORD_SECRET).</summary>
    public static readonly QemuCap IscsiPasswordSecret = new("iscsi.password-secret");

    /// <summary><c>isa-serial</c> (QEMU_CAPS_DEVICE_ISA_SERIAL).</summary>
    public static readonly QemuCap DeviceIsaSerial = new("isa-serial");

    /// <summary><c>pl011</c> (QEMU_CAPS_DEVICE_PL011).</summary>
    public static readonly QemuCap DevicePl011 = new("pl011");

    /// <summary><c>machine.pseries.max-cpu-compat</c> (QEMU_CAPS_MACHINE_PSERIES_MAX_CPU_COMPAT).</summary>
    public static readonly QemuCap MachinePseriesMaxCpuCompat = new("machine.pseries.max-cpu-compat");

    /// <summary><c>dump-completed</c> (QEMU_CAPS_DUMP_COMPLETED).</summary>
    public static readonly QemuCap DumpCompleted = new("dump-completed");

    /// <summary><c>virtio-gpu-ccw</c> (QEMU_CAPS_DEVICE_VIRTIO_GPU_CCW).</summary>
    public static readonly QemuCap DeviceVirtioGpuCcw = new("virtio-gpu-ccw");

    /// <summary><c>virtio-keyboard-ccw</c> (QEMU_CAPS_DEVICE_VIRTIO_KEYBOARD_CCW).</summary>
    public static readonly QemuCap DeviceVirtioKeyboardCcw = new("virtio-keyboard-ccw");

    /// <summary><c>virtio-mouse-ccw</c> (QEMU_CAPS_DEVICE_VIRTIO_MOUSE_CCW).</summary>
    public static readonly QemuCap DeviceVirtioMouseCcw = new("virtio-mouse-ccw");

    /// <summary><c>virtio-tablet-ccw</c> (QEMU_CAPS_DEVICE_VIRTIO_TABLET_CCW).</summary>
    public static readonly QemuCap DeviceVirtioTabletCcw = new("virtio-tablet-ccw");

    /// <summary><c>qcow2-luks</c> (QEMU_CAPS_QCOW2_LUKS).</summary>
    public static readonly QemuCap Qcow2Luks = new("qcow2-luks");

    /// <summary><c>pcie-pci-bridge</c> (QEMU_CAPS_DEVICE_PCIE_PCI_BRIDGE).</summary>
    public static readonly QemuCap DevicePciePciBridge = new("pcie-pci-bridge");

    /// <summary><c>seccomp-blacklist</c> (QEMU_CAPS_SECCOMP_BLACKLIST).</summary>
    public static readonly QemuCap SeccompBlacklist = new("seccomp-blacklist");

    /// <summary><c>query-cpus-fast</c> (QEMU_CAPS_QUERY_CPUS_FAST).</summary>
    public static readonly QemuCap QueryCpusFast = new("query-cpus-fast");

    /// <summary><c>disk-write-cache</c> (QEMU_CAPS_DISK_WRITE_CACHE).</summary>
    public static readonly QemuCap DiskWriteCache = new("disk-write-cache");

    /// <summary><c>nbd-tls</c> (QEMU_CAPS_NBD_TLS).</summary>
    public static readonly QemuCap NbdTls = new("nbd-tls");

    /// <summary><c>tpm-crb</c> (QEMU_CAPS_DEVICE_TPM_CRB).</summary>
    public static readonly QemuCap DeviceTpmCrb = new("tpm-crb");

    /// <summary><c>pr-manager-helper</c> (QEMU_CAPS_PR_MANAGER_HELPER).</summary>
    public static readonly QemuCap PrManagerHelper = new("pr-manager-helper");

    /// <summary><c>qom-list-properties</c> (QEMU_CAPS_QOM_LIST_PROPERTIES).</summary>
    public static readonly QemuCap QomListProperties = new("qom-list-properties");

    /// <summary><c>memory-backend-file.discard-data</c> (QEMU_CAPS_OBJECT_MEMORY_FILE_DISCARD).</summary>
    public static readonly QemuCap ObjectMemoryFileDiscard = new("memory-backend-file.discard-data");

    /// <summary><c>virtual-css-bridge</c> (QEMU_CAPS_CCW).</summary>
    public static readonly QemuCap Ccw = new("virtual-css-bridge");

    /// <summary><c>virtual-css-bridge.cssid-unrestricted</c> (QEMU_CAPS_CCW_CSSID_UNRESTRICTED).</summary>
    public static readonly QemuCap CcwCssidUnrestricted = new("virtual-css-bridge.cssid-unrestricted");

    /// <summary><c>vfio-ccw</c> (QEMU_CAPS_DEVICE_VFIO_CCW).</summary>
    public static readonly QemuCap DeviceVfioCcw = new("vfio-ccw");

    /// <summary><c>sdl-gl</c> (QEMU_CAPS_SDL_GL).</summary>
    public static readonly QemuCap SdlGl = new("sdl-gl");

    /// <summary><c>screendump_device</c> (QEMU_CAPS_SCREENDUMP_DEVICE).</summary>
    public static readonly QemuCap ScreendumpDevice = new("screendump_device");

    /// <summary><c>hda-output</c> (QEMU_CAPS_HDA_OUTPUT).</summary>
    public static readonly QemuCap HdaOutput = new("hda-output");

    /// <summary><c>blockdev-del</c> (QEMU_CAPS_BLOCKDEV_DEL).</summary>
    public static readonly QemuCap BlockdevDel = new("blockdev-del");

    /// <summary><c>vmgenid</c> (QEMU_CAPS_DEVICE_VMGENID).</summary>
    public static readonly QemuCap DeviceVmgenid = new("vmgenid");

    /// <summary><c>vhost-vsock</c> (QEMU_CAPS_DEVICE_VHOST_VSOCK).</summary>
    public static readonly QemuCap DeviceVhostVsock = new("vhost-vsock");

    /// <summary><c>chardev-fd-pass</c> (QEMU_CAPS_CHARDEV_FD_PASS_COMMANDLINE).</summary>
    public static readonly QemuCap ChardevFdPassCommandline = new("chardev-fd-pass");

    /// <summary><c>tpm-emulator</c> (QEMU_CAPS_DEVICE_TPM_EMULATOR).</summary>
    public static readonly QemuCap DeviceTpmEmulator = new("tpm-emulator");

    /// <summary><c>mch</c> (QEMU_CAPS_DEVICE_MCH).</summary>
    public static readonly QemuCap DeviceMch = new("mch");

    /// <summary><c>mch.extended-tseg-mbytes</c> (QEMU_CAPS_MCH_EXTENDED_TSEG_MBYTES).</summary>
    public static readonly QemuCap MchExtendedTsegMbytes = new("mch.extended-tseg-mbytes");

    /// <summary><c>sev-guest</c> (QEMU_CAPS_SEV_GUEST).</summary>
    public static readonly QemuCap SevGuest = new("sev-guest");

    /// <summary><c>machine.pseries.cap-hpt-max-page-size</c> (QEMU_CAPS_MACHINE_PSERIES_CAP_HPT_MAX_PAGE_SIZE).</summary>
    public static readonly QemuCap MachinePseriesCapHptMaxPageSize = new("machine.pseries.cap-hpt-max-page-size");

    /// <summary><c>machine.pseries.cap-htm</c> (QEMU_CAPS_MACHINE_PSERIES_CAP_HTM).</summary>
    public static readonly QemuCap MachinePseriesCapHtm = new("machine.pseries.cap-htm");

    /// <summary><c>usb-storage.werror</c> (QEMU_CAPS_USB_STORAGE_WERROR).</summary>
    public static readonly QemuCap UsbStorageWerror = new("usb-storage.werror");

    /// <summary><c>egl-headless</c> (QEMU_CAPS_EGL_HEADLESS).</summary>
    public static readonly QemuCap EglHeadless = new("egl-headless");

    /// <summary><c>vfio-pci.display</c> (QEMU_CAPS_VFIO_PCI_DISPLAY).</summary>
    public static readonly QemuCap VfioPciDisplay = new("vfio-pci.display");

    /// <summary><c>blockdev</c> (QEMU_CAPS_BLOCKDEV).</summary>
    public static readonly QemuCap Blockdev = new("blockdev");

    /// <summary><c>vfio-ap</c> (QEMU_CAPS_DEVICE_VFIO_AP).</summary>
    public static readonly QemuCap DeviceVfioAp = new("vfio-ap");

    /// <summary><c>zpci</c> (QEMU_CAPS_DEVICE_ZPCI).</summary>
    public static readonly QemuCap DeviceZpci = new("zpci");

    /// <summary><c>memory-backend-memfd</c> (QEMU_CAPS_OBJECT_MEMORY_MEMFD).</summary>
    public static readonly QemuCap ObjectMemoryMemfd = new("memory-backend-memfd");

    /// <summary><c>memory-backend-memfd.hugetlb</c> (QEMU_CAPS_OBJECT_MEMORY_MEMFD_HUGETLB).</summary>
    public static readonly QemuCap ObjectMemoryMemfdHugetlb = new("memory-backend-memfd.hugetlb");

    /// <summary><c>iothread.poll-max-ns</c> (QEMU_CAPS_IOTHREAD_POLLING).</summary>
    public static readonly QemuCap IothreadPolling = new("iothread.poll-max-ns");

    /// <summary><c>machine.pseries.cap-nested-hv</c> (QEMU_CAPS_MACHINE_PSERIES_CAP_NESTED_HV).</summary>
    public static readonly QemuCap MachinePseriesCapNestedHv = new("machine.pseries.cap-nested-hv");

    /// <summary><c>egl-headless.rendernode</c> (QEMU_CAPS_EGL_HEADLESS_RENDERNODE).</summary>
    public static readonly QemuCap EglHeadlessRendernode = new("egl-headless.rendernode");

    /// <summary><c>memory-backend-file.align</c> (QEMU_CAPS_OBJECT_MEMORY_FILE_ALIGN).</summary>
    public static readonly QemuCap ObjectMemoryFileAlign = new("memory-backend-file.align");

    /// <summary><c>memory-backend-file.pmem</c> (QEMU_CAPS_OBJECT_MEMORY_FILE_PMEM).</summary>
    public static readonly QemuCap ObjectMemoryFilePmem = new("memory-backend-file.pmem");

    /// <summary><c>nvdimm.unarmed</c> (QEMU_CAPS_DEVICE_NVDIMM_UNARMED).</summary>
    public static readonly QemuCap DeviceNvdimmUnarmed = new("nvdimm.unarmed");

    /// <summary><c>scsi-disk.device_id</c> (QEMU_CAPS_SCSI_DISK_DEVICE_ID).</summary>
    public static readonly QemuCap ScsiDiskDeviceId = new("scsi-disk.device_id");

    /// <summary><c>virtio-pci-non-transitional</c> (QEMU_CAPS_VIRTIO_PCI_TRANSITIONAL).</summary>
    public static readonly QemuCap VirtioPciTransitional = new("virtio-pci-non-transitional");

    /// <summary><c>overcommit</c> (QEMU_CAPS_OVERCOMMIT).</summary>
    public static readonly QemuCap Overcommit = new("overcommit");

    /// <summary><c>query-current-machine</c> (QEMU_CAPS_QUERY_CURRENT_MACHINE).</summary>
    public static readonly QemuCap QueryCurrentMachine = new("query-current-machine");

    /// <summary><c>machine.virt.iommu</c> (QEMU_CAPS_MACHINE_VIRT_IOMMU).</summary>
    public static readonly QemuCap MachineVirtIommu = new("machine.virt.iommu");

    /// <summary><c>bitmap-merge</c> (QEMU_CAPS_BITMAP_MERGE).</summary>
    public static readonly QemuCap BitmapMerge = new("bitmap-merge");

    /// <summary><c>nbd-bitmap</c> (QEMU_CAPS_NBD_BITMAP).</summary>
    public static readonly QemuCap NbdBitmap = new("nbd-bitmap");

    /// <summary><c>x86-max-cpu</c> (QEMU_CAPS_X86_MAX_CPU).</summary>
    public static readonly QemuCap X86MaxCpu = new("x86-max-cpu");

    /// <summary><c>cpu-unavailable-features</c> (QEMU_CAPS_CPU_UNAVAILABLE_FEATURES).</summary>
    public static readonly QemuCap CpuUnavailableFeatures = new("cpu-unavailable-features");

    /// <summary><c>canonical-cpu-features</c> (QEMU_CAPS_CANONICAL_CPU_FEATURES).</summary>
    public static readonly QemuCap CanonicalCpuFeatures = new("canonical-cpu-features");

    /// <summary><c>bochs-display</c> (QEMU_CAPS_DEVICE_BOCHS_DISPLAY).</summary>
    public static readonly QemuCap DeviceBochsDisplay = new("bochs-display");

    /// <summary><c>migration-file-drop-cache</c> (QEMU_CAPS_MIGRATION_FILE_DROP_CACHE).</summary>
    public static readonly QemuCap MigrationFileDropCache = new("migration-file-drop-cache");

    /// <summary><c>dbus-vmstate</c> (QEMU_CAPS_DBUS_VMSTATE).</summary>
    public static readonly QemuCap DbusVmstate = new("dbus-vmstate");

    /// <summary><c>vhost-user-gpu</c> (QEMU_CAPS_DEVICE_VHOST_USER_GPU).</summary>
    public static readonly QemuCap DeviceVhostUserGpu = new("vhost-user-gpu");

    /// <summary><c>vhost-user-vga</c> (QEMU_CAPS_DEVICE_VHOST_USER_VGA).</summary>
    public static readonly QemuCap DeviceVhostUserVga = new("vhost-user-vga");

    /// <summary><c>incremental-backup</c> (QEMU_CAPS_INCREMENTAL_BACKUP).</summary>
    public static readonly QemuCap IncrementalBackup = new("incremental-backup");

    /// <summary><c>query-cpu-model-baseline</c> (QEMU_CAPS_QUERY_CPU_MODEL_BASELINE).</summary>
    public static readonly QemuCap QueryCpuModelBaseline = new("query-cpu-model-baseline");

    /// <summary><c>query-cpu-model-comparison</c> (QEMU_CAPS_QUERY_CPU_MODEL_COMPARISON).</summary>
    public static readonly QemuCap QueryCpuModelComparison = new("query-cpu-model-comparison");

    /// <summary><c>ramfb</c> (QEMU_CAPS_DEVICE_RAMFB).</summary>
    public static readonly QemuCap DeviceRamfb = new("ramfb");

    /// <summary><c>machine.pseries.cap-ccf-assist</c> (QEMU_CAPS_MACHINE_PSERIES_CAP_CCF_ASSIST).</summary>
    public static readonly QemuCap MachinePseriesCapCcfAssist = new("machine.pseries.cap-ccf-assist");

    /// <summary><c>arm-max-cpu</c> (QEMU_CAPS_ARM_MAX_CPU).</summary>
    public static readonly QemuCap ArmMaxCpu = new("arm-max-cpu");

    /// <summary><c>blockdev-file-dynamic-auto-read-only</c> (QEMU_CAPS_BLOCK_FILE_AUTO_READONLY_DYNAMIC).</summary>
    public static readonly QemuCap BlockFileAutoReadonlyDynamic = new("blockdev-file-dynamic-auto-read-only");

    /// <summary><c>savevm-monitor-nodes</c> (QEMU_CAPS_SAVEVM_MONITOR_NODES).</summary>
    public static readonly QemuCap SavevmMonitorNodes = new("savevm-monitor-nodes");

    /// <summary><c>drive-nvme</c> (QEMU_CAPS_DRIVE_NVME).</summary>
    public static readonly QemuCap DriveNvme = new("drive-nvme");

    /// <summary><c>smp-dies</c> (QEMU_CAPS_SMP_DIES).</summary>
    public static readonly QemuCap SmpDies = new("smp-dies");

    /// <summary><c>i8042</c> (QEMU_CAPS_DEVICE_I8042).</summary>
    public static readonly QemuCap DeviceI8042 = new("i8042");

    /// <summary><c>rng-builtin</c> (QEMU_CAPS_OBJECT_RNG_BUILTIN).</summary>
    public static readonly QemuCap ObjectRngBuiltin = new("rng-builtin");

    /// <summary><c>virtio-net.failover</c> (QEMU_CAPS_VIRTIO_NET_FAILOVER).</summary>
    public static readonly QemuCap VirtioNetFailover = new("virtio-net.failover");

    /// <summary><c>tpm-spapr</c> (QEMU_CAPS_DEVICE_TPM_SPAPR).</summary>
    public static readonly QemuCap DeviceTpmSpapr = new("tpm-spapr");

    /// <summary><c>cpu.kvm-no-adjvtime</c> (QEMU_CAPS_CPU_KVM_NO_ADJVTIME).</summary>
    public static readonly QemuCap CpuKvmNoAdjvtime = new("cpu.kvm-no-adjvtime");

    /// <summary><c>vhost-user-fs</c> (QEMU_CAPS_DEVICE_VHOST_USER_FS).</summary>
    public static readonly QemuCap DeviceVhostUserFs = new("vhost-user-fs");

    /// <summary><c>query-named-block-nodes.flat</c> (QEMU_CAPS_QMP_QUERY_NAMED_BLOCK_NODES_FLAT).</summary>
    public static readonly QemuCap QmpQueryNamedBlockNodesFlat = new("query-named-block-nodes.flat");

    /// <summary><c>blockdev-snapshot.allow-write-only-overlay</c> (QEMU_CAPS_BLOCKDEV_SNAPSHOT_ALLOW_WRITE_ONLY).</summary>
    public static readonly QemuCap BlockdevSnapshotAllowWriteOnly = new("blockdev-snapshot.allow-write-only-overlay");

    /// <summary><c>blockdev-reopen</c> (QEMU_CAPS_BLOCKDEV_REOPEN).</summary>
    public static readonly QemuCap BlockdevReopen = new("blockdev-reopen");

    /// <summary><c>storage.werror</c> (QEMU_CAPS_STORAGE_WERROR).</summary>
    public static readonly QemuCap StorageWerror = new("storage.werror");

    /// <summary><c>fsdev.multidevs</c> (QEMU_CAPS_FSDEV_MULTIDEVS).</summary>
    public static readonly QemuCap FsdevMultidevs = new("fsdev.multidevs");

    /// <summary><c>virtio.packed</c> (QEMU_CAPS_VIRTIO_PACKED_QUEUES).</summary>
    public static readonly QemuCap VirtioPackedQueues = new("virtio.packed");

    /// <summary><c>pcie-root-port.hotplug</c> (QEMU_CAPS_PCIE_ROOT_PORT_HOTPLUG).</summary>
    public static readonly QemuCap PcieRootPortHotplug = new("pcie-root-port.hotplug");

    /// <summary><c>aio.io_uring</c> (QEMU_CAPS_AIO_IO_URING).</summary>
    public static readonly QemuCap AioIoUring = new("aio.io_uring");

    /// <summary><c>machine.pseries.cap-cfpc</c> (QEMU_CAPS_MACHINE_PSERIES_CAP_CFPC).</summary>
    public static readonly QemuCap MachinePseriesCapCfpc = new("machine.pseries.cap-cfpc");

    /// <summary><c>machine.pseries.cap-sbbc</c> (QEMU_CAPS_MACHINE_PSERIES_CAP_SBBC).</summary>
    public static readonly QemuCap MachinePseriesCapSbbc = new("machine.pseries.cap-sbbc");

    /// <summary><c>machine.pseries.cap-ibs</c> (QEMU_CAPS_MACHINE_PSERIES_CAP_IBS).</summary>
    public static readonly QemuCap MachinePseriesCapIbs = new("machine.pseries.cap-ibs");

    /// <summary><c>tcg</c> (QEMU_CAPS_TCG).</summary>
    public static readonly QemuCap Tcg = new("tcg");

    /// <summary><c>virtio-blk-pci.scsi.default.disabled</c> (QEMU_CAPS_VIRTIO_BLK_SCSI_DEFAULT_DISABLED).</summary>
    public static readonly QemuCap VirtioBlkScsiDefaultDisabled = new("virtio-blk-pci.scsi.default.disabled");

    /// <summary><c>pvscsi</c> (QEMU_CAPS_SCSI_PVSCSI).</summary>
    public static readonly QemuCap ScsiPvscsi = new("pvscsi");

    /// <summary><c>cpu.migratable</c> (QEMU_CAPS_CPU_MIGRATABLE).</summary>
    public static readonly QemuCap CpuMigratable = new("cpu.migratable");

    /// <summary><c>query-cpu-model-expansion.migratable</c> (QEMU_CAPS_QUERY_CPU_MODEL_EXPANSION_MIGRATABLE).</summary>
    public static readonly QemuCap QueryCpuModelExpansionMigratable = new("query-cpu-model-expansion.migratable");

    /// <summary><c>fw_cfg</c> (QEMU_CAPS_FW_CFG).</summary>
    public static readonly QemuCap FwCfg = new("fw_cfg");

    /// <summary><c>migration-param.bandwidth</c> (QEMU_CAPS_MIGRATION_PARAM_BANDWIDTH).</summary>
    public static readonly QemuCap MigrationParamBandwidth = new("migration-param.bandwidth");

    /// <summary><c>migration-param.downtime</c> (QEMU_CAPS_MIGRATION_PARAM_DOWNTIME).</summary>
    public static readonly QemuCap MigrationParamDowntime = new("migration-param.downtime");

    /// <summary><c>migration-param.xbzrle-cache-size</c> (QEMU_CAPS_MIGRATION_PARAM_XBZRLE_CACHE_SIZE).</summary>
    public static readonly QemuCap MigrationParamXbzrleCacheSize = new("migration-param.xbzrle-cache-size");

    /// <summary><c>intel-iommu.aw-bits</c> (QEMU_CAPS_INTEL_IOMMU_AW_BITS).</summary>
    public static readonly QemuCap IntelIommuAwBits = new("intel-iommu.aw-bits");

    /// <summary><c>spapr-tpm-proxy</c> (QEMU_CAPS_DEVICE_SPAPR_TPM_PROXY).</summary>
    public static readonly QemuCap DeviceSpaprTpmProxy = new("spapr-tpm-proxy");

    /// <summary><c>numa.hmat</c> (QEMU_CAPS_NUMA_HMAT).</summary>
    public static readonly QemuCap NumaHmat = new("numa.hmat");

    /// <summary><c>blockdev-hostdev-scsi</c> (QEMU_CAPS_BLOCKDEV_HOSTDEV_SCSI).</summary>
    public static readonly QemuCap BlockdevHostdevScsi = new("blockdev-hostdev-scsi");

    /// <summary><c>usb-host.hostdevice</c> (QEMU_CAPS_USB_HOST_HOSTDEVICE).</summary>
    public static readonly QemuCap UsbHostHostdevice = new("usb-host.hostdevice");

    /// <summary><c>virtio-balloon.free-page-reporting</c> (QEMU_CAPS_VIRTIO_BALLOON_FREE_PAGE_REPORTING).</summary>
    public static readonly QemuCap VirtioBalloonFreePageReporting = new("virtio-balloon.free-page-reporting");

    /// <summary><c>block-export-add</c> (QEMU_CAPS_BLOCK_EXPORT_ADD).</summary>
    public static readonly QemuCap BlockExportAdd = new("block-export-add");

    /// <summary><c>netdev.vhost-vdpa</c> (QEMU_CAPS_NETDEV_VHOST_VDPA).</summary>
    public static readonly QemuCap NetdevVhostVdpa = new("netdev.vhost-vdpa");

    /// <summary><c>fsdev.createmode</c> (QEMU_CAPS_FSDEV_CREATEMODE).</summary>
    public static readonly QemuCap FsdevCreatemode = new("fsdev.createmode");

    /// <summary><c>ncr53c90</c> (QEMU_CAPS_SCSI_NCR53C90).</summary>
    public static readonly QemuCap ScsiNcr53c90 = new("ncr53c90");

    /// <summary><c>dc390</c> (QEMU_CAPS_SCSI_DC390).</summary>
    public static readonly QemuCap ScsiDc390 = new("dc390");

    /// <summary><c>am53c974</c> (QEMU_CAPS_SCSI_AM53C974).</summary>
    public static readonly QemuCap ScsiAm53c974 = new("am53c974");

    /// <summary><c>virtio-pmem-pci</c> (QEMU_CAPS_DEVICE_VIRTIO_PMEM_PCI).</summary>
    public static readonly QemuCap DeviceVirtioPmemPci = new("virtio-pmem-pci");

    /// <summary><c>vhost-user-fs.bootindex</c> (QEMU_CAPS_VHOST_USER_FS_BOOTINDEX).</summary>
    public static readonly QemuCap VhostUserFsBootindex = new("vhost-user-fs.bootindex");

    /// <summary><c>vhost-user-blk</c> (QEMU_CAPS_DEVICE_VHOST_USER_BLK).</summary>
    public static readonly QemuCap DeviceVhostUserBlk = new("vhost-user-blk");

    /// <summary><c>cpu-max</c> (QEMU_CAPS_CPU_MAX).</summary>
    public static readonly QemuCap CpuMax = new("cpu-max");

    /// <summary><c>memory-backend-file.x-use-canonical-path-for-ramblock-id</c> (QEMU_CAPS_USE_CANONICAL_PATH_FOR_RAMBLOCK_ID).</summary>
    public static readonly QemuCap UseCanonicalPathForRamblockId = new("memory-backend-file.x-use-canonical-path-for-ramblock-id");

    /// <summary><c>vnc-opts</c> (QEMU_CAPS_VNC_OPTS).</summary>
    public static readonly QemuCap VncOpts = new("vnc-opts");

    /// <summary><c>migration-param.block-bitmap-mapping</c> (QEMU_CAPS_MIGRATION_PARAM_BLOCK_BITMAP_MAPPING).</summary>
    public static readonly QemuCap MigrationParamBlockBitmapMapping = new("migration-param.block-bitmap-mapping");

    /// <summary><c>vnc-power-control</c> (QEMU_CAPS_VNC_POWER_CONTROL).</summary>
    public static readonly QemuCap VncPowerControl = new("vnc-power-control");

    /// <summary><c>audiodev</c> (QEMU_CAPS_AUDIODEV).</summary>
    public static readonly QemuCap Audiodev = new("audiodev");

    /// <summary><c>blockdev-backup</c> (QEMU_CAPS_BLOCKDEV_BACKUP).</summary>
    public static readonly QemuCap BlockdevBackup = new("blockdev-backup");

    /// <summary><c>object.qapified</c> (QEMU_CAPS_OBJECT_JSON).</summary>
    public static readonly QemuCap ObjectJson = new("object.qapified");

    /// <summary><c>rotation-rate</c> (QEMU_CAPS_ROTATION_RATE).</summary>
    public static readonly QemuCap RotationRate = new("rotation-rate");

    /// <summary><c>compat-deprecated</c> (QEMU_CAPS_COMPAT_DEPRECATED).</summary>
    public static readonly QemuCap CompatDeprecated = new("compat-deprecated");

    /// <summary><c>acpi-index</c> (QEMU_CAPS_ACPI_INDEX).</summary>
    public static readonly QemuCap AcpiIndex = new("acpi-index");

    /// <summary><c>input-linux</c> (QEMU_CAPS_INPUT_LINUX).</summary>
    public static readonly QemuCap InputLinux = new("input-linux");

    /// <summary><c>virtio-gpu-gl-pci</c> (QEMU_CAPS_VIRTIO_GPU_GL_PCI).</summary>
    public static readonly QemuCap VirtioGpuGlPci = new("virtio-gpu-gl-pci");

    /// <summary><c>virtio-vga-gl</c> (QEMU_CAPS_VIRTIO_VGA_GL).</summary>
    public static readonly QemuCap VirtioVgaGl = new("virtio-vga-gl");

    /// <summary><c>confidential-guest-support</c> (QEMU_CAPS_MACHINE_CONFIDENTAL_GUEST_SUPPORT).</summary>
    public static readonly QemuCap MachineConfidentalGuestSupport = new("confidential-guest-support");

    /// <summary><c>query-display-options</c> (QEMU_CAPS_QUERY_DISPLAY_OPTIONS).</summary>
    public static readonly QemuCap QueryDisplayOptions = new("query-display-options");

    /// <summary><c>s390-pv-guest</c> (QEMU_CAPS_S390_PV_GUEST).</summary>
    public static readonly QemuCap S390PvGuest = new("s390-pv-guest");

    /// <summary><c>set-action</c> (QEMU_CAPS_SET_ACTION).</summary>
    public static readonly QemuCap SetAction = new("set-action");

    /// <summary><c>virtio-blk.queue-size</c> (QEMU_CAPS_VIRTIO_BLK_QUEUE_SIZE).</summary>
    public static readonly QemuCap VirtioBlkQueueSize = new("virtio-blk.queue-size");

    /// <summary><c>virtio-mem-pci</c> (QEMU_CAPS_DEVICE_VIRTIO_MEM_PCI).</summary>
    public static readonly QemuCap DeviceVirtioMemPci = new("virtio-mem-pci");

    /// <summary><c>memory-backend-file.reserve</c> (QEMU_CAPS_MEMORY_BACKEND_RESERVE).</summary>
    public static readonly QemuCap MemoryBackendReserve = new("memory-backend-file.reserve");

    /// <summary><c>piix4.acpi-root-pci-hotplug</c> (QEMU_CAPS_PIIX4_ACPI_ROOT_PCI_HOTPLUG).</summary>
    public static readonly QemuCap Piix4AcpiRootPciHotplug = new("piix4.acpi-root-pci-hotplug");

    /// <summary><c>netdev.json</c> (QEMU_CAPS_NETDEV_JSON).</summary>
    public static readonly QemuCap NetdevJson = new("netdev.json");

    /// <summary><c>chardev.json</c> (QEMU_CAPS_CHARDEV_JSON).</summary>
    public static readonly QemuCap ChardevJson = new("chardev.json");

    /// <summary><c>device.json</c> (QEMU_CAPS_DEVICE_JSON_BROKEN_HOTPLUG).</summary>
    public static readonly QemuCap DeviceJsonBrokenHotplug = new("device.json");

    /// <summary><c>query-dirty-rate</c> (QEMU_CAPS_QUERY_DIRTY_RATE).</summary>
    public static readonly QemuCap QueryDirtyRate = new("query-dirty-rate");

    /// <summary><c>rbd-encryption</c> (QEMU_CAPS_RBD_ENCRYPTION).</summary>
    public static readonly QemuCap RbdEncryption = new("rbd-encryption");

    /// <summary><c>sev-guest-kernel-hashes</c> (QEMU_CAPS_SEV_GUEST_KERNEL_HASHES).</summary>
    public static readonly QemuCap SevGuestKernelHashes = new("sev-guest-kernel-hashes");

    /// <summary><c>sev-inject-launch-secret</c> (QEMU_CAPS_SEV_INJECT_LAUNCH_SECRET).</summary>
    public static readonly QemuCap SevInjectLaunchSecret = new("sev-inject-launch-secret");

    /// <summary><c>device.json+hotplug</c> (QEMU_CAPS_DEVICE_JSON).</summary>
    public static readonly QemuCap DeviceJson = new("device.json+hotplug");

    /// <summary><c>hvf</c> (QEMU_CAPS_HVF).</summary>
    public static readonly QemuCap Hvf = new("hvf");

    /// <summary><c>virtio-mem-pci.prealloc</c> (QEMU_CAPS_DEVICE_VIRTIO_MEM_PCI_PREALLOC).</summary>
    public static readonly QemuCap DeviceVirtioMemPciPrealloc = new("virtio-mem-pci.prealloc");

    /// <summary><c>calc-dirty-rate</c> (QEMU_CAPS_CALC_DIRTY_RATE).</summary>
    public static readonly QemuCap CalcDirtyRate = new("calc-dirty-rate");

    /// <summary><c>dirtyrate-param.mode</c> (QEMU_CAPS_DIRTYRATE_MODE).</summary>
    public static readonly QemuCap DirtyrateMode = new("dirtyrate-param.mode");

    /// <summary><c>blockdev.nbd.tls-hostname</c> (QEMU_CAPS_BLOCKDEV_NBD_TLS_HOSTNAME).</summary>
    public static readonly QemuCap BlockdevNbdTlsHostname = new("blockdev.nbd.tls-hostname");

    /// <summary><c>memory-backend-file.prealloc-threads</c> (QEMU_CAPS_MEMORY_BACKEND_PREALLOC_THREADS).</summary>
    public static readonly QemuCap MemoryBackendPreallocThreads = new("memory-backend-file.prealloc-threads");

    /// <summary><c>virtio-iommu-pci</c> (QEMU_CAPS_DEVICE_VIRTIO_IOMMU_PCI).</summary>
    public static readonly QemuCap DeviceVirtioIommuPci = new("virtio-iommu-pci");

    /// <summary><c>virtio-iommu.boot-bypass</c> (QEMU_CAPS_VIRTIO_IOMMU_BOOT_BYPASS).</summary>
    public static readonly QemuCap VirtioIommuBootBypass = new("virtio-iommu.boot-bypass");

    /// <summary><c>virtio-net.rss</c> (QEMU_CAPS_VIRTIO_NET_RSS).</summary>
    public static readonly QemuCap VirtioNetRss = new("virtio-net.rss");

    /// <summary><c>chardev.qemu-vdagent</c> (QEMU_CAPS_CHARDEV_QEMU_VDAGENT).</summary>
    public static readonly QemuCap ChardevQemuVdagent = new("chardev.qemu-vdagent");

    /// <summary><c>display-dbus</c> (QEMU_CAPS_DISPLAY_DBUS).</summary>
    public static readonly QemuCap DisplayDbus = new("display-dbus");

    /// <summary><c>iothread.thread-pool-max</c> (QEMU_CAPS_IOTHREAD_THREAD_POOL_MAX).</summary>
    public static readonly QemuCap IothreadThreadPoolMax = new("iothread.thread-pool-max");

    /// <summary><c>usb-host.guest-resets-all</c> (QEMU_CAPS_USB_HOST_GUESTS_RESETS_ALL).</summary>
    public static readonly QemuCap UsbHostGuestsResetsAll = new("usb-host.guest-resets-all");

    /// <summary><c>migration.blocked-reasons</c> (QEMU_CAPS_MIGRATION_BLOCKED_REASONS).</summary>
    public static readonly QemuCap MigrationBlockedReasons = new("migration.blocked-reasons");

    /// <summary><c>query-stats</c> (QEMU_CAPS_QUERY_STATS).</summary>
    public static readonly QemuCap QueryStats = new("query-stats");

    /// <summary><c>query-stats-schemas</c> (QEMU_CAPS_QUERY_STATS_SCHEMAS).</summary>
    public static readonly QemuCap QueryStatsSchemas = new("query-stats-schemas");

    /// <summary><c>sgx-epc</c> (QEMU_CAPS_SGX_EPC).</summary>
    public static readonly QemuCap SgxEpc = new("sgx-epc");

    /// <summary><c>thread-context</c> (QEMU_CAPS_THREAD_CONTEXT).</summary>
    public static readonly QemuCap ThreadContext = new("thread-context");

    /// <summary><c>screenshot-format-png</c> (QEMU_CAPS_SCREENSHOT_FORMAT_PNG).</summary>
    public static readonly QemuCap ScreenshotFormatPng = new("screenshot-format-png");

    /// <summary><c>machine-hpet</c> (QEMU_CAPS_MACHINE_HPET).</summary>
    public static readonly QemuCap MachineHpet = new("machine-hpet");

    /// <summary><c>netdev.stream</c> (QEMU_CAPS_NETDEV_STREAM).</summary>
    public static readonly QemuCap NetdevStream = new("netdev.stream");

    /// <summary><c>kqemu</c> (QEMU_CAPS_KQEMU).</summary>
    public static readonly QemuCap Kqemu = new("kqemu");

    /// <summary><c>enable-kqemu</c> (QEMU_CAPS_ENABLE_KQEMU).</summary>
    public static readonly QemuCap EnableKqemu = new("enable-kqemu");

    /// <summary>Every flag above with its libvirt identifier (without the QEMU_CAPS_ prefix), in libvirt's order.</summary>
    private static readonly (string Identifier, QemuCap Cap)[] KnownTable =
    [
        ("VNC_COLON", VncColon),
        ("NO_REBOOT", NoReboot),
        ("DRIVE", Drive),
        ("DRIVE_BOOT", DriveBoot),
        ("NAME", NameFlag),
        ("UUID", Uuid),
        ("DOMID", Domid),
        ("VNET_HDR", VnetHdr),
        ("MIGRATE_KVM_STDIO", MigrateKvmStdio),
        ("MIGRATE_QEMU_TCP", MigrateQemuTcp),
        ("MIGRATE_QEMU_EXEC", MigrateQemuExec),
        ("DRIVE_CACHE_V2", DriveCacheV2),
        ("KVM", Kvm),
        ("DRIVE_FORMAT", DriveFormat),
        ("VGA", Vga),
        ("0_10", Qemu010),
        ("PCIDEVICE", Pcidevice),
        ("MEM_PATH", MemPath),
        ("DRIVE_SERIAL", DriveSerial),
        ("XEN_DOMID", XenDomid),
        ("MIGRATE_QEMU_UNIX", MigrateQemuUnix),
        ("CHARDEV", Chardev),
        ("ENABLE_KVM", EnableKvm),
        ("MONITOR_JSON", MonitorJson),
        ("BALLOON", Balloon),
        ("DEVICE", Device),
        ("SDL", Sdl),
        ("SMP_TOPOLOGY", SmpTopology),
        ("NETDEV", Netdev),
        ("RTC", Rtc),
        ("VHOST_NET", VhostNet),
        ("RTC_TD_HACK", RtcTdHack),
        ("NO_HPET", NoHpet),
        ("NO_KVM_PIT", NoKvmPit),
        ("TDF", Tdf),
        ("PCI_CONFIGFD", PciConfigfd),
        ("NODEFCONFIG", Nodefconfig),
        ("BOOT_MENU", BootMenu),
        ("FSDEV", Fsdev),
        ("NESTING", Nesting),
        ("NAME_PROCESS", NameProcess),
        ("DRIVE_READONLY", DriveReadonly),
        ("SMBIOS_TYPE", SmbiosType),
        ("VGA_QXL", VgaQxl),
        ("SPICE", Spice),
        ("VGA_NONE", VgaNone),
        ("MIGRATE_QEMU_FD", MigrateQemuFd),
        ("BOOTINDEX", Bootindex),
        ("HDA_DUPLEX", HdaDuplex),
        ("DRIVE_AIO", DriveAio),
        ("PCI_MULTIBUS", PciMultibus),
        ("PCI_BOOTINDEX", PciBootindex),
        ("CCID_EMULATED", CcidEmulated),
        ("CCID_PASSTHRU", CcidPassthru),
        ("CHARDEV_SPICEVMC", ChardevSpicevmc),
        ("DEVICE_SPICEVMC", DeviceSpicevmc),
        ("VIRTIO_TX_ALG", VirtioTxAlg),
        ("DEVICE_QXL_VGA", DeviceQxlVga),
        ("PCI_MULTIFUNCTION", PciMultifunction),
        ("VIRTIO_IOEVENTFD", VirtioIoeventfd),
        ("SGA", Sga),
        ("VIRTIO_BLK_EVENT_IDX", VirtioBlkEventIdx),
        ("VIRTIO_NET_EVENT_IDX", VirtioNetEventIdx),
        ("DRIVE_CACHE_DIRECTSYNC", DriveCacheDirectsync),
        ("PIIX3_USB_UHCI", Piix3UsbUhci),
        ("PIIX4_USB_UHCI", Piix4UsbUhci),
        ("USB_EHCI", UsbEhci),
        ("ICH9_USB_EHCI1", Ich9UsbEhci1),
        ("VT82C686B_USB_UHCI", Vt82c686bUsbUhci),
        ("PCI_OHCI", PciOhci),
        ("USB_REDIR", UsbRedir),
        ("USB_HUB", UsbHub),
        ("NO_SHUTDOWN", NoShutdown),
        ("DRIVE_CACHE_UNSAFE", DriveCacheUnsafe),
        ("PCI_ROMBAR", PciRombar),
        ("ICH9_AHCI", Ich9Ahci),
        ("NO_ACPI", NoAcpi),
        ("FSDEV_READONLY", FsdevReadonly),
        ("VIRTIO_BLK_SCSI", VirtioBlkScsi),
        ("VIRTIO_BLK_SG_IO", VirtioBlkSgIo),
        ("DRIVE_COPY_ON_READ", DriveCopyOnRead),
        ("CPU_HOST", CpuHost),
        ("FSDEV_WRITEOUT", FsdevWriteout),
        ("DRIVE_IOTUNE", DriveIotune),
        ("WAKEUP", Wakeup),
        ("SCSI_DISK_CHANNEL", ScsiDiskChannel),
        ("SCSI_BLOCK", ScsiBlock),
        ("TRANSACTION", Transaction),
        ("BLOCKJOB_SYNC", BlockjobSync),
        ("BLOCKJOB_ASYNC", BlockjobAsync),
        ("SCSI_CD", ScsiCd),
        ("IDE_CD", IdeCd),
        ("NO_USER_CONFIG", NoUserConfig),
        ("HDA_MICRO", HdaMicro),
        ("DUMP_GUEST_MEMORY", DumpGuestMemory),
        ("NEC_USB_XHCI", NecUsbXhci),
        ("VIRTIO_S390", VirtioS390),
        ("BALLOON_EVENT", BalloonEvent),
        ("NETDEV_BRIDGE", NetdevBridge),
        ("SCSI_LSI", ScsiLsi),
        ("VIRTIO_SCSI", VirtioScsi),
        ("BLOCKIO", Blockio),
        ("PIIX_DISABLE_S3", PiixDisableS3),
        ("PIIX_DISABLE_S4", PiixDisableS4),
        ("USB_REDIR_FILTER", UsbRedirFilter),
        ("IDE_DRIVE_WWN", IdeDriveWwn),
        ("SCSI_DISK_WWN", ScsiDiskWwn),
        ("SECCOMP_SANDBOX", SeccompSandbox),
        ("REBOOT_TIMEOUT", RebootTimeout),
        ("DUMP_GUEST_CORE", DumpGuestCore),
        ("SEAMLESS_MIGRATION", SeamlessMigration),
        ("BLOCK_COMMIT", BlockCommit),
        ("VNC", Vnc),
        ("DRIVE_MIRROR", DriveMirror),
        ("USB_REDIR_BOOTINDEX", UsbRedirBootindex),
        ("USB_HOST_BOOTINDEX", UsbHostBootindex),
        ("DISK_SNAPSHOT", DiskSnapshot),
        ("DEVICE_QXL", DeviceQxl),
        ("DEVICE_VGA", DeviceVga),
        ("DEVICE_CIRRUS_VGA", DeviceCirrusVga),
        ("DEVICE_VMWARE_SVGA", DeviceVmwareSvga),
        ("DEVICE_VIDEO_PRIMARY", DeviceVideoPrimary),
        ("DEVICE_SCLPCONSOLE", DeviceSclpconsole),
        ("DEVICE_USB_SERIAL", DeviceUsbSerial),
        ("DEVICE_USB_NET", DeviceUsbNet),
        ("ADD_FD", AddFd),
        ("NBD_SERVER", NbdServer),
        ("DEVICE_VIRTIO_RNG", DeviceVirtioRng),
        ("OBJECT_RNG_RANDOM", ObjectRngRandom),
        ("OBJECT_RNG_EGD", ObjectRngEgd),
        ("VIRTIO_CCW", VirtioCcw),
        ("DTB", Dtb),
        ("SCSI_MEGASAS", ScsiMegasas),
        ("IPV6_MIGRATION", Ipv6Migration),
        ("MACHINE_OPT", MachineOpt),
        ("MACHINE_USB_OPT", MachineUsbOpt),
        ("DEVICE_TPM_PASSTHROUGH", DeviceTpmPassthrough),
        ("DEVICE_TPM_TIS", DeviceTpmTis),
        ("DEVICE_NVRAM", DeviceNvram),
        ("DEVICE_PCI_BRIDGE", DevicePciBridge),
        ("DEVICE_VFIO_PCI", DeviceVfioPci),
        ("VFIO_PCI_BOOTINDEX", VfioPciBootindex),
        ("DEVICE_SCSI_GENERIC", DeviceScsiGeneric),
        ("DEVICE_SCSI_GENERIC_BOOTINDEX", DeviceScsiGenericBootindex),
        ("MEM_MERGE", MemMerge),
        ("VNC_WEBSOCKET", VncWebsocket),
        ("DRIVE_DISCARD", DriveDiscard),
        ("REALTIME_MLOCK", RealtimeMlock),
        ("VNC_SHARE_POLICY", VncSharePolicy),
        ("DEVICE_DEL_EVENT", DeviceDelEvent),
        ("DEVICE_DMI_TO_PCI_BRIDGE", DeviceDmiToPciBridge),
        ("I440FX_PCI_HOLE64_SIZE", I440fxPciHole64Size),
        ("Q35_PCI_HOLE64_SIZE", Q35PciHole64Size),
        ("DEVICE_USB_STORAGE", DeviceUsbStorage),
        ("USB_STORAGE_REMOVABLE", UsbStorageRemovable),
        ("DEVICE_VIRTIO_MMIO", DeviceVirtioMmio),
        ("DEVICE_ICH9_INTEL_HDA", DeviceIch9IntelHda),
        ("KVM_PIT_TICK_POLICY", KvmPitTickPolicy),
        ("BOOT_STRICT", BootStrict),
        ("DEVICE_PANIC", DevicePanic),
        ("ENABLE_FIPS", EnableFips),
        ("SPICE_FILE_XFER_DISABLE", SpiceFileXferDisable),
        ("CHARDEV_SPICEPORT", ChardevSpiceport),
        ("DEVICE_USB_KBD", DeviceUsbKbd),
        ("HOST_PCI_MULTIDOMAIN", HostPciMultidomain),
        ("MSG_TIMESTAMP", MsgTimestamp),
        ("ACTIVE_COMMIT", ActiveCommit),
        ("CHANGE_BACKING_FILE", ChangeBackingFile),
        ("OBJECT_MEMORY_RAM", ObjectMemoryRam),
        ("NUMA", Numa),
        ("OBJECT_MEMORY_FILE", ObjectMemoryFile),
        ("OBJECT_USB_AUDIO", ObjectUsbAudio),
        ("RTC_RESET_REINJECTION", RtcResetReinjection),
        ("SPLASH_TIMEOUT", SplashTimeout),
        ("OBJECT_IOTHREAD", ObjectIothread),
        ("MIGRATE_RDMA", MigrateRdma),
        ("DEVICE_IVSHMEM", DeviceIvshmem),
        ("DRIVE_IOTUNE_MAX", DriveIotuneMax),
        ("VGA_VGAMEM", VgaVgamem),
        ("VMWARE_SVGA_VGAMEM", VmwareSvgaVgamem),
        ("QXL_VGAMEM", QxlVgamem),
        ("QXL_VGA_VGAMEM", QxlVgaVgamem),
        ("DEVICE_PC_DIMM", DevicePcDimm),
        ("MACHINE_VMPORT_OPT", MachineVmportOpt),
        ("AES_KEY_WRAP", AesKeyWrap),
        ("DEA_KEY_WRAP", DeaKeyWrap),
        ("DEVICE_PCI_SERIAL", DevicePciSerial),
        ("CPU_AARCH64_OFF", CpuAarch64Off),
        ("VHOSTUSER_MULTIQUEUE", VhostuserMultiqueue),
        ("MIGRATION_EVENT", MigrationEvent),
        ("OBJECT_GPEX", ObjectGpex),
        ("DEVICE_IOH3420", DeviceIoh3420),
        ("DEVICE_X3130_UPSTREAM", DeviceX3130Upstream),
        ("DEVICE_XIO3130_DOWNSTREAM", DeviceXio3130Downstream),
        ("DEVICE_RTL8139", DeviceRtl8139),
        ("DEVICE_E1000", DeviceE1000),
        ("DEVICE_VIRTIO_NET", DeviceVirtioNet),
        ("MACH_VIRT_GIC_VERSION", MachVirtGicVersion),
        ("INCOMING_DEFER", IncomingDefer),
        ("DEVICE_VIRTIO_GPU", DeviceVirtioGpu),
        ("VIRTIO_GPU_VIRGL", VirtioGpuVirgl),
        ("VIRTIO_KEYBOARD", VirtioKeyboard),
        ("VIRTIO_MOUSE", VirtioMouse),
        ("VIRTIO_TABLET", VirtioTablet),
        ("VIRTIO_INPUT_HOST", VirtioInputHost),
        ("CHARDEV_FILE_APPEND", ChardevFileAppend),
        ("ICH9_DISABLE_S3", Ich9DisableS3),
        ("ICH9_DISABLE_S4", Ich9DisableS4),
        ("VSERPORT_CHANGE", VserportChange),
        ("VIRTIO_BALLOON_AUTODEFLATE", VirtioBalloonAutodeflate),
        ("SCSI_MPTSAS1068", ScsiMptsas1068),
        ("SPICE_GL", SpiceGl),
        ("QXL_VRAM64", QxlVram64),
        ("QXL_VGA_VRAM64", QxlVgaVram64),
        ("CHARDEV_LOGFILE", ChardevLogfile),
        ("NAME_DEBUG_THREADS", NameDebugThreads),
        ("OBJECT_SECRET", ObjectSecret),
        ("DEVICE_PXB", DevicePxb),
        ("DEVICE_PXB_PCIE", DevicePxbPcie),
        ("DEVICE_TRAY_MOVED", DeviceTrayMoved),
        ("NEC_USB_XHCI_PORTS", NecUsbXhciPorts),
        ("VIRTIO_SCSI_IOTHREAD", VirtioScsiIothread),
        ("NAME_GUEST", NameGuest),
        ("QXL_MAX_OUTPUTS", QxlMaxOutputs),
        ("QXL_VGA_MAX_OUTPUTS", QxlVgaMaxOutputs),
        ("SPICE_UNIX", SpiceUnix),
        ("DRIVE_DETECT_ZEROES", DriveDetectZeroes),
        ("OBJECT_TLS_CREDS_X509", ObjectTlsCredsX509),
        ("DISPLAY", Display),
        ("DEVICE_INTEL_IOMMU", DeviceIntelIommu),
        ("MACHINE_SMM_OPT", MachineSmmOpt),
        ("VIRTIO_PCI_DISABLE_LEGACY", VirtioPciDisableLegacy),
        ("QUERY_HOTPLUGGABLE_CPUS", QueryHotpluggableCpus),
        ("VIRTIO_NET_RX_QUEUE_SIZE", VirtioNetRxQueueSize),
        ("MACHINE_IOMMU", MachineIommu),
        ("DEVICE_VIRTIO_VGA", DeviceVirtioVga),
        ("DRIVE_IOTUNE_MAX_LENGTH", DriveIotuneMaxLength),
        ("DEVICE_IVSHMEM_PLAIN", DeviceIvshmemPlain),
        ("DEVICE_IVSHMEM_DOORBELL", DeviceIvshmemDoorbell),
        ("QUERY_QMP_SCHEMA", QueryQmpSchema),
        ("GLUSTER_DEBUG_LEVEL", GlusterDebugLevel),
        ("DEVICE_VHOST_SCSI", DeviceVhostScsi),
        ("DRIVE_IOTUNE_GROUP", DriveIotuneGroup),
        ("QUERY_CPU_MODEL_EXPANSION", QueryCpuModelExpansion),
        ("VIRTIO_NET_HOST_MTU", VirtioNetHostMtu),
        ("SPICE_RENDERNODE", SpiceRendernode),
        ("DEVICE_NVDIMM", DeviceNvdimm),
        ("DEVICE_PCIE_ROOT_PORT", DevicePcieRootPort),
        ("QUERY_CPU_DEFINITIONS", QueryCpuDefinitions),
        ("BLOCK_WRITE_THRESHOLD", BlockWriteThreshold),
        ("QUERY_NAMED_BLOCK_NODES", QueryNamedBlockNodes),
        ("CPU_CACHE", CpuCache),
        ("DEVICE_QEMU_XHCI", DeviceQemuXhci),
        ("MACHINE_KERNEL_IRQCHIP", MachineKernelIrqchip),
        ("MACHINE_KERNEL_IRQCHIP_SPLIT", MachineKernelIrqchipSplit),
        ("INTEL_IOMMU_INTREMAP", IntelIommuIntremap),
        ("INTEL_IOMMU_CACHING_MODE", IntelIommuCachingMode),
        ("INTEL_IOMMU_EIM", IntelIommuEim),
        ("INTEL_IOMMU_DEVICE_IOTLB", IntelIommuDeviceIotlb),
        ("VIRTIO_PCI_IOMMU_PLATFORM", VirtioPciIommuPlatform),
        ("VIRTIO_PCI_ATS", VirtioPciAts),
        ("LOADPARM", Loadparm),
        ("DEVICE_SPAPR_PCI_HOST_BRIDGE", DeviceSpaprPciHostBridge),
        ("SPAPR_PCI_HOST_BRIDGE_NUMA_NODE", SpaprPciHostBridgeNumaNode),
        ("VNC_MULTI_SERVERS", VncMultiServers),
        ("VIRTIO_NET_TX_QUEUE_SIZE", VirtioNetTxQueueSize),
        ("CHARDEV_RECONNECT", ChardevReconnect),
        ("VIRTIO_GPU_MAX_OUTPUTS", VirtioGpuMaxOutputs),
        ("VXHS", Vxhs),
        ("VIRTIO_BLK_NUM_QUEUES", VirtioBlkNumQueues),
        ("MACHINE_PSERIES_RESIZE_HPT", MachinePseriesResizeHpt),
        ("DEVICE_VMCOREINFO", DeviceVmcoreinfo),
        ("DEVICE_SPAPR_VTY", DeviceSpaprVty),
        ("DEVICE_SCLPLMCONSOLE", DeviceSclplmconsole),
        ("NUMA_DIST", NumaDist),
        ("DISK_SHARE_RW", DiskShareRw),
        ("ISCSI_PASSWORD_SECRET", IscsiPasswordSecret),
        ("DEVICE_ISA_SERIAL", DeviceIsaSerial),
        ("DEVICE_PL011", DevicePl011),
        ("MACHINE_PSERIES_MAX_CPU_COMPAT", MachinePseriesMaxCpuCompat),
        ("DUMP_COMPLETED", DumpCompleted),
        ("DEVICE_VIRTIO_GPU_CCW", DeviceVirtioGpuCcw),
        ("DEVICE_VIRTIO_KEYBOARD_CCW", DeviceVirtioKeyboardCcw),
        ("DEVICE_VIRTIO_MOUSE_CCW", DeviceVirtioMouseCcw),
        ("DEVICE_VIRTIO_TABLET_CCW", DeviceVirtioTabletCcw),
        ("QCOW2_LUKS", Qcow2Luks),
        ("DEVICE_PCIE_PCI_BRIDGE", DevicePciePciBridge),
        ("SECCOMP_BLACKLIST", SeccompBlacklist),
        ("QUERY_CPUS_FAST", QueryCpusFast),
        ("DISK_WRITE_CACHE", DiskWriteCache),
        ("NBD_TLS", NbdTls),
        ("DEVICE_TPM_CRB", DeviceTpmCrb),
        ("PR_MANAGER_HELPER", PrManagerHelper),
        ("QOM_LIST_PROPERTIES", QomListProperties),
        ("OBJECT_MEMORY_FILE_DISCARD", ObjectMemoryFileDiscard),
        ("CCW", Ccw),
        ("CCW_CSSID_UNRESTRICTED", CcwCssidUnrestricted),
        ("DEVICE_VFIO_CCW", DeviceVfioCcw),
        ("SDL_GL", SdlGl),
        ("SCREENDUMP_DEVICE", ScreendumpDevice),
        ("HDA_OUTPUT", HdaOutput),
        ("BLOCKDEV_DEL", BlockdevDel),
        ("DEVICE_VMGENID", DeviceVmgenid),
        ("DEVICE_VHOST_VSOCK", DeviceVhostVsock),
        ("CHARDEV_FD_PASS_COMMANDLINE", ChardevFdPassCommandline),
        ("DEVICE_TPM_EMULATOR", DeviceTpmEmulator),
        ("DEVICE_MCH", DeviceMch),
        ("MCH_EXTENDED_TSEG_MBYTES", MchExtendedTsegMbytes),
        ("SEV_GUEST", SevGuest),
        ("MACHINE_PSERIES_CAP_HPT_MAX_PAGE_SIZE", MachinePseriesCapHptMaxPageSize),
        ("MACHINE_PSERIES_CAP_HTM", MachinePseriesCapHtm),
        ("USB_STORAGE_WERROR", UsbStorageWerror),
        ("EGL_HEADLESS", EglHeadless),
        ("VFIO_PCI_DISPLAY", VfioPciDisplay),
        ("BLOCKDEV", Blockdev),
        ("DEVICE_VFIO_AP", DeviceVfioAp),
        ("DEVICE_ZPCI", DeviceZpci),
        ("OBJECT_MEMORY_MEMFD", ObjectMemoryMemfd),
        ("OBJECT_MEMORY_MEMFD_HUGETLB", ObjectMemoryMemfdHugetlb),
        ("IOTHREAD_POLLING", IothreadPolling),
        ("MACHINE_PSERIES_CAP_NESTED_HV", MachinePseriesCapNestedHv),
        ("EGL_HEADLESS_RENDERNODE", EglHeadlessRendernode),
        ("OBJECT_MEMORY_FILE_ALIGN", ObjectMemoryFileAlign),
        ("OBJECT_MEMORY_FILE_PMEM", ObjectMemoryFilePmem),
        ("DEVICE_NVDIMM_UNARMED", DeviceNvdimmUnarmed),
        ("SCSI_DISK_DEVICE_ID", ScsiDiskDeviceId),
        ("VIRTIO_PCI_TRANSITIONAL", VirtioPciTransitional),
        ("OVERCOMMIT", Overcommit),
        ("QUERY_CURRENT_MACHINE", QueryCurrentMachine),
        ("MACHINE_VIRT_IOMMU", MachineVirtIommu),
        ("BITMAP_MERGE", BitmapMerge),
        ("NBD_BITMAP", NbdBitmap),
        ("X86_MAX_CPU", X86MaxCpu),
        ("CPU_UNAVAILABLE_FEATURES", CpuUnavailableFeatures),
        ("CANONICAL_CPU_FEATURES", CanonicalCpuFeatures),
        ("DEVICE_BOCHS_DISPLAY", DeviceBochsDisplay),
        ("MIGRATION_FILE_DROP_CACHE", MigrationFileDropCache),
        ("DBUS_VMSTATE", DbusVmstate),
        ("DEVICE_VHOST_USER_GPU", DeviceVhostUserGpu),
        ("DEVICE_VHOST_USER_VGA", DeviceVhostUserVga),
        ("INCREMENTAL_BACKUP", IncrementalBackup),
        ("QUERY_CPU_MODEL_BASELINE", QueryCpuModelBaseline),
        ("QUERY_CPU_MODEL_COMPARISON", QueryCpuModelComparison),
        ("DEVICE_RAMFB", DeviceRamfb),
        ("MACHINE_PSERIES_CAP_CCF_ASSIST", MachinePseriesCapCcfAssist),
        ("ARM_MAX_CPU", ArmMaxCpu),
        ("BLOCK_FILE_AUTO_READONLY_DYNAMIC", BlockFileAutoReadonlyDynamic),
        ("SAVEVM_MONITOR_NODES", SavevmMonitorNodes),
        ("DRIVE_NVME", DriveNvme),
        ("SMP_DIES", SmpDies),
        ("DEVICE_I8042", DeviceI8042),
        ("OBJECT_RNG_BUILTIN", ObjectRngBuiltin),
        ("VIRTIO_NET_FAILOVER", VirtioNetFailover),
        ("DEVICE_TPM_SPAPR", DeviceTpmSpapr),
        ("CPU_KVM_NO_ADJVTIME", CpuKvmNoAdjvtime),
        ("DEVICE_VHOST_USER_FS", DeviceVhostUserFs),
        ("QMP_QUERY_NAMED_BLOCK_NODES_FLAT", QmpQueryNamedBlockNodesFlat),
        ("BLOCKDEV_SNAPSHOT_ALLOW_WRITE_ONLY", BlockdevSnapshotAllowWriteOnly),
        ("BLOCKDEV_REOPEN", BlockdevReopen),
        ("STORAGE_WERROR", StorageWerror),
        ("FSDEV_MULTIDEVS", FsdevMultidevs),
        ("VIRTIO_PACKED_QUEUES", VirtioPackedQueues),
        ("PCIE_ROOT_PORT_HOTPLUG", PcieRootPortHotplug),
        ("AIO_IO_URING", AioIoUring),
        ("MACHINE_PSERIES_CAP_CFPC", MachinePseriesCapCfpc),
        ("MACHINE_PSERIES_CAP_SBBC", MachinePseriesCapSbbc),
        ("MACHINE_PSERIES_CAP_IBS", MachinePseriesCapIbs),
        ("TCG", Tcg),
        ("VIRTIO_BLK_SCSI_DEFAULT_DISABLED", VirtioBlkScsiDefaultDisabled),
        ("SCSI_PVSCSI", ScsiPvscsi),
        ("CPU_MIGRATABLE", CpuMigratable),
        ("QUERY_CPU_MODEL_EXPANSION_MIGRATABLE", QueryCpuModelExpansionMigratable),
        ("FW_CFG", FwCfg),
        ("MIGRATION_PARAM_BANDWIDTH", MigrationParamBandwidth),
        ("MIGRATION_PARAM_DOWNTIME", MigrationParamDowntime),
        ("MIGRATION_PARAM_XBZRLE_CACHE_SIZE", MigrationParamXbzrleCacheSize),
        ("INTEL_IOMMU_AW_BITS", IntelIommuAwBits),
        ("DEVICE_SPAPR_TPM_PROXY", DeviceSpaprTpmProxy),
        ("NUMA_HMAT", NumaHmat),
        ("BLOCKDEV_HOSTDEV_SCSI", BlockdevHostdevScsi),
        ("USB_HOST_HOSTDEVICE", UsbHostHostdevice),
        ("VIRTIO_BALLOON_FREE_PAGE_REPORTING", VirtioBalloonFreePageReporting),
        ("BLOCK_EXPORT_ADD", BlockExportAdd),
        ("NETDEV_VHOST_VDPA", NetdevVhostVdpa),
        ("FSDEV_CREATEMODE", FsdevCreatemode),
        ("SCSI_NCR53C90", ScsiNcr53c90),
        ("SCSI_DC390", ScsiDc390),
        ("SCSI_AM53C974", ScsiAm53c974),
        ("DEVICE_VIRTIO_PMEM_PCI", DeviceVirtioPmemPci),
        ("VHOST_USER_FS_BOOTINDEX", VhostUserFsBootindex),
        ("DEVICE_VHOST_USER_BLK", DeviceVhostUserBlk),
        ("CPU_MAX", CpuMax),
        ("USE_CANONICAL_PATH_FOR_RAMBLOCK_ID", UseCanonicalPathForRamblockId),
        ("VNC_OPTS", VncOpts),
        ("MIGRATION_PARAM_BLOCK_BITMAP_MAPPING", MigrationParamBlockBitmapMapping),
        ("VNC_POWER_CONTROL", VncPowerControl),
        ("AUDIODEV", Audiodev),
        ("BLOCKDEV_BACKUP", BlockdevBackup),
        ("OBJECT_JSON", ObjectJson),
        ("ROTATION_RATE", RotationRate),
        ("COMPAT_DEPRECATED", CompatDeprecated),
        ("ACPI_INDEX", AcpiIndex),
        ("INPUT_LINUX", InputLinux),
        ("VIRTIO_GPU_GL_PCI", VirtioGpuGlPci),
        ("VIRTIO_VGA_GL", VirtioVgaGl),
        ("MACHINE_CONFIDENTAL_GUEST_SUPPORT", MachineConfidentalGuestSupport),
        ("QUERY_DISPLAY_OPTIONS", QueryDisplayOptions),
        ("S390_PV_GUEST", S390PvGuest),
        ("SET_ACTION", SetAction),
        ("VIRTIO_BLK_QUEUE_SIZE", VirtioBlkQueueSize),
        ("DEVICE_VIRTIO_MEM_PCI", DeviceVirtioMemPci),
        ("MEMORY_BACKEND_RESERVE", MemoryBackendReserve),
        ("PIIX4_ACPI_ROOT_PCI_HOTPLUG", Piix4AcpiRootPciHotplug),
        ("NETDEV_JSON", NetdevJson),
        ("CHARDEV_JSON", ChardevJson),
        ("DEVICE_JSON_BROKEN_HOTPLUG", DeviceJsonBrokenHotplug),
        ("QUERY_DIRTY_RATE", QueryDirtyRate),
        ("RBD_ENCRYPTION", RbdEncryption),
        ("SEV_GUEST_KERNEL_HASHES", SevGuestKernelHashes),
        ("SEV_INJECT_LAUNCH_SECRET", SevInjectLaunchSecret),
        ("DEVICE_JSON", DeviceJson),
        ("HVF", Hvf),
        ("DEVICE_VIRTIO_MEM_PCI_PREALLOC", DeviceVirtioMemPciPrealloc),
        ("CALC_DIRTY_RATE", CalcDirtyRate),
        ("DIRTYRATE_MODE", DirtyrateMode),
        ("BLOCKDEV_NBD_TLS_HOSTNAME", BlockdevNbdTlsHostname),
        ("MEMORY_BACKEND_PREALLOC_THREADS", MemoryBackendPreallocThreads),
        ("DEVICE_VIRTIO_IOMMU_PCI", DeviceVirtioIommuPci),
        ("VIRTIO_IOMMU_BOOT_BYPASS", VirtioIommuBootBypass),
        ("VIRTIO_NET_RSS", VirtioNetRss),
        ("CHARDEV_QEMU_VDAGENT", ChardevQemuVdagent),
        ("DISPLAY_DBUS", DisplayDbus),
        ("IOTHREAD_THREAD_POOL_MAX", IothreadThreadPoolMax),
        ("USB_HOST_GUESTS_RESETS_ALL", UsbHostGuestsResetsAll),
        ("MIGRATION_BLOCKED_REASONS", MigrationBlockedReasons),
        ("QUERY_STATS", QueryStats),
        ("QUERY_STATS_SCHEMAS", QueryStatsSchemas),
        ("SGX_EPC", SgxEpc),
        ("THREAD_CONTEXT", ThreadContext),
        ("SCREENSHOT_FORMAT_PNG", ScreenshotFormatPng),
        ("MACHINE_HPET", MachineHpet),
        ("NETDEV_STREAM", NetdevStream),
        ("KQEMU", Kqemu),
        ("ENABLE_KQEMU", EnableKqemu),
    ];
}
