using Qconv.Compiler.Host;
using Qconv.Compiler.Native.Writers;
using Qconv.Compiler.ToNative;
using Xunit;

namespace Qconv.Compiler.Tests.ToNative;

/// <summary>Disk sources opened from descriptors the caller passes in (&lt;source fdgroup=...&gt;).</summary>
public class DiskFdGroupTests
{
    private const string Guest = """
        <domain type='kvm'>
          <name>fdgroups</name>
          <uuid>1d6f0a53-8e2b-4c71-9a4d-b3e05c2f7a18</uuid>
          <memory unit='MiB'>256</memory>
          <vcpu>1</vcpu>
          <os><type arch='x86_64' machine='pc'>hvm</type></os>
          <devices>
            <emulator>/usr/bin/qemu-system-x86_64</emulator>
            <disk type='file' device='disk'>
              <driver name='qemu' type='raw'/>
              <source file='/images/first.img' fdgroup='first'/>
              <target dev='vda' bus='virtio'/>
            </disk>
            <disk type='file' device='disk'>
              <driver name='qemu' type='qcow2'/>
              <source file='/images/top.qcow2' fdgroup='top'/>
              <backingStore type='file'>
                <format type='raw'/>
                <source file='/images/base.img' fdgroup='base'/>
                <backingStore/>
              </backingStore>
              <target dev='vdb' bus='virtio'/>
            </disk>
            <memballoon model='none'/>
          </devices>
        </domain>
        """;

    private static CompileResult Compile(Dictionary<string, IReadOnlyList<int>> groups) =>
        ToNativeCompiler.Compile(new CompileRequest(
            Guest,
            "fdgroups.xml",
            TestCompilation.LatestCaps,
            TestCompilation.Config,
            new LibvirtTestHost(new LibvirtTestHostOptions(groups))));

    [Fact]
    public void Sets_are_numbered_from_the_last_disk_and_each_descriptor_is_added_before_the_chain()
    {
        var result = Compile(new() { ["first"] = [10, 11], ["top"] = [20], ["base"] = [30] });

        Assert.NotNull(result.CommandLine);
        var args = ArgvWriter.Write(result.CommandLine!);

        // The last disk is prepared first: its top level takes set 0, its backing file set 1.
        Assert.Contains("-add-fd set=2,fd=10,opaque=libvirt-3-storage0 \\\n-add-fd set=2,fd=11,opaque=libvirt-3-storage1 \\\n", args, StringComparison.Ordinal);
        Assert.Contains("-add-fd set=0,fd=20,opaque=libvirt-1-storage0 \\\n-add-fd set=1,fd=30,opaque=libvirt-2-storage0 \\\n", args, StringComparison.Ordinal);
        Assert.Contains("\"filename\":\"/dev/fdset/2\",\"node-name\":\"libvirt-3-storage\",\"auto-read-only\":true", args, StringComparison.Ordinal);

        // A single descriptor cannot be reopened, so its node gets its final read-only state.
        Assert.Contains("\"filename\":\"/dev/fdset/0\",\"node-name\":\"libvirt-1-storage\",\"read-only\":false", args, StringComparison.Ordinal);
        Assert.Contains("\"filename\":\"/dev/fdset/1\",\"node-name\":\"libvirt-2-storage\",\"read-only\":true", args, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_the_caller_did_not_pass_is_an_error()
    {
        var result = Compile(new() { ["first"] = [10] });

        Assert.Null(result.CommandLine);
        Assert.Contains(result.Diagnostics, d => d.Code == "QC0472" && d.Message.Contains("'top'", StringComparison.Ordinal));
    }
}
