namespace Orchestrator.StateWriter;

/// <summary>
/// Replaces a file so that a reader sees either the old content or the new one, never a mix, and a crash at any instant
/// leaves one of the two on disk: temp file in the same folder, fsync, rename over the target, fsync the folder.
/// </summary>
internal static class AtomicFileWriter
{
    const string TempSuffix = ".tmp";

    public static async Task WriteAsync(string path, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target)!;
        // Same folder: rename is only atomic within one file system. A unique name: an abandoned write never collides.
        var temp = Path.Combine(folder, $"{Path.GetFileName(target)}.{Guid.NewGuid():N}{TempSuffix}");
        try
        {
            await using (var stream = new FileStream(temp, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Share = FileShare.None,
                PreallocationSize = bytes.Length,
            }))
            {
                await stream.WriteAsync(bytes, cancellationToken);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
        if (OperatingSystem.IsLinux())
            LibC.FsyncDirectory(folder);
    }

    static void TryDelete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (IOException)
        {
            // The original failure matters more; RemoveLeftovers deletes this file at the next start.
        }
    }

    /// <summary>
    /// Deletes temp files left by a writer that crashed mid-write. Only the lock holder may call this: a standby would
    /// delete the temp file the active writer is about to rename.
    /// </summary>
    public static IReadOnlyList<string> RemoveLeftovers(string path)
    {
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
            return [];
        var leftovers = Directory.GetFiles(folder, $"{Path.GetFileName(target)}.*{TempSuffix}");
        foreach (var leftover in leftovers)
            File.Delete(leftover);
        return leftovers;
    }
}
