using Qconv.Compiler.Diagnostics;

namespace Qconv.Lint.Rules;

/// <summary>Disk images outside the directories a project's .qconvlint.json allows (imageDirectories).</summary>
public sealed class QL0018ImageOutsideDirectories : IRule
{
    public string Id => "QL0018";

    public Severity DefaultSeverity => Severity.Warning;

    public string Title => "Disk image outside the configured image directories";

    public string Description => "When .qconvlint.json lists \"imageDirectories\", every file-backed disk must live below one of them. "
        + "Images elsewhere are usually a leftover from a developer's machine; they also miss the SELinux/AppArmor labels and "
        + "storage-pool management the configured directories have. Nothing is checked when the list is empty.";

    public string Fix => "Move the image below one of the configured directories, or add its directory to imageDirectories.";

    public void Check(LintContext context)
    {
        var allowed = context.Config.ImageDirectories;
        if (allowed.Count == 0)
        {
            return;
        }

        foreach (var disk in context.DevicesNamed("disk"))
        {
            if (disk.AttrOr("type", "file") != "file" || disk.Child("source")?.Attr("file") is not { Length: > 0 } path)
            {
                continue;
            }

            if (!allowed.Any(dir => IsBelow(path, dir)))
            {
                context.Report(disk.Child("source")!.Attribute("file")!, $"'{path}' is not below any of the image directories ({string.Join(", ", allowed)})");
            }
        }
    }

    private static bool IsBelow(string path, string dir)
    {
        var d = dir.TrimEnd('/') + "/";
        return path.StartsWith(d, StringComparison.Ordinal);
    }
}
