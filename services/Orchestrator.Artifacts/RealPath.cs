namespace Orchestrator.Artifacts;

/// <summary>
/// Resolves every symbolic link on a path, like realpath(3), but accepts paths whose tail does not exist yet
/// (an artifact about to be written): the existing prefix is resolved, the rest is appended as is.
/// </summary>
internal static class RealPath
{
    /// <summary>Linux gives up after 40 links (ELOOP); so do we.</summary>
    private const int MaxLinks = 40;

    public static string Resolve(string fullPath)
    {
        var links = 0;
        return Resolve(fullPath, ref links);
    }

    private static string Resolve(string fullPath, ref int links)
    {
        var root = Path.GetPathRoot(fullPath) ?? Path.DirectorySeparatorChar.ToString();
        var segments = fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        for (var i = 0; i < segments.Length; i++)
        {
            var next = Path.Combine(current, segments[i]);
            var info = new FileInfo(next);
            if (info.LinkTarget is null)
            {
                if (!Path.Exists(next))
                    return Path.Combine([next, .. segments[(i + 1)..]]);
                current = next;
                continue;
            }
            if (++links > MaxLinks)
                throw new IOException($"Too many levels of symbolic links at '{next}'.");
            // The target may itself sit behind linked folders, so it is resolved again from its own root.
            var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? next;
            current = Resolve(Path.GetFullPath(target), ref links);
        }
        return current;
    }
}
