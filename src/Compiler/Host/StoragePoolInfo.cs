namespace Qconv.Compiler.Host;

/// <summary>
/// What libvirt's QEMU driver learns about a storage pool when it resolves a <c>type='volume'</c> disk
/// (virStoragePoolLookupByName, virStoragePoolIsActive, virStoragePoolGetXMLDesc): the pool type and the
/// parts of its &lt;source&gt; that a disk can inherit (https://libvirt.org/formatstorage.html).
/// </summary>
/// <param name="Type">The pool type: <c>dir</c>, <c>fs</c>, <c>netfs</c>, <c>logical</c>, <c>disk</c>, <c>iscsi</c>, <c>scsi</c>, <c>mpath</c>, <c>rbd</c>, ...</param>
/// <param name="Active">Whether the pool is running (volumes of inactive pools cannot be used).</param>
/// <param name="Hosts">&lt;source&gt;&lt;host name= port=&gt; (network pools).</param>
/// <param name="DevicePaths">&lt;source&gt;&lt;device path=&gt; (for iSCSI: the target IQN).</param>
/// <param name="Auth">&lt;source&gt;&lt;auth&gt;, when the pool logs in with credentials.</param>
public sealed record StoragePoolInfo(
    string Type,
    bool Active,
    IReadOnlyList<StoragePoolHost> Hosts,
    IReadOnlyList<string> DevicePaths,
    StoragePoolAuth? Auth);

/// <summary>A pool source's &lt;host name= port=&gt;; a null port means the protocol's default.</summary>
public sealed record StoragePoolHost(string Name, int? Port);

/// <summary>A pool source's &lt;auth type= username=&gt;&lt;secret uuid=|usage=&gt;.</summary>
public sealed record StoragePoolAuth(string Username, string? SecretUuid, string? SecretUsage);

/// <summary>A volume as virStorageVolGetInfo and virStorageVolGetPath report it.</summary>
/// <param name="Type">The volume type: <c>file</c>, <c>block</c>, <c>dir</c>, <c>network</c>, <c>netdir</c>, <c>ploop</c>.</param>
/// <param name="Path">The volume's path on the host.</param>
public sealed record StorageVolumeInfo(string Type, string Path);
