namespace Qconv.Cli.Commands;

/// <summary>Output files the CLI writes (reports, ratchet lists): never half-written.</summary>
internal static class AtomicFile
{
    /// <summary>Writes through a temporary file in the same directory, then renames, so readers never see half a file.</summary>
    public static void Write(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, "." + Path.GetFileName(full) + ".tmp");
        File.WriteAllText(temp, text);
        File.Move(temp, full, overwrite: true);
    }
}
