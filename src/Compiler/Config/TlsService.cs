namespace Qconv.Compiler.Config;

/// <summary>The users of TLS that qemu.conf configures separately (the SERVICE in <c>SERVICE_tls_x509_cert_dir</c>).</summary>
public enum TlsService
{
    Vnc,
    Spice,
    Chardev,
    Migrate,
    Backup,
    Vxhs,
    Nbd,
}

/// <summary>A service's TLS settings after libvirt's inheritance rules (see <see cref="DriverConfig.ResolveTls"/>).</summary>
/// <param name="Enabled">The service's <c>_tls</c> switch (<c>migrate_tls_force</c> for migration; false for backup).</param>
public sealed record ResolvedTls(TlsService Service, bool Enabled, string X509CertDir, bool X509Verify, string? X509SecretUuid, string? Priority);

public static class TlsServiceExtensions
{
    /// <summary>The key prefix in qemu.conf (<c>vnc</c>, <c>chardev</c>, ...).</summary>
    public static string ConfName(this TlsService service) => service switch
    {
        TlsService.Vnc => "vnc",
        TlsService.Spice => "spice",
        TlsService.Chardev => "chardev",
        TlsService.Migrate => "migrate",
        TlsService.Backup => "backup",
        TlsService.Vxhs => "vxhs",
        TlsService.Nbd => "nbd",
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    /// <summary>
    /// Client-certificate verification when neither the service nor default_tls_x509_verify says: libvirt
    /// verifies for chardev, migration and backup but not VNC (qemu.conf's documentation of each key).
    /// </summary>
    public static bool DefaultVerify(this TlsService service) =>
        service is TlsService.Chardev or TlsService.Migrate or TlsService.Backup;
}
