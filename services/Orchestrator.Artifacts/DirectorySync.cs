using System.Runtime.InteropServices;

namespace Orchestrator.Artifacts;

/// <summary>
/// Flushes a folder's entries to disk so a rename survives a power cut. .NET cannot open a folder as a file,
/// hence the direct calls to the C library; where they are unavailable the flush is skipped (best effort).
/// </summary>
internal static partial class DirectorySync
{
    private const int ReadOnly = 0;

    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows())
            return;
        try
        {
            var fd = Open(directory, ReadOnly);
            if (fd < 0)
                return;
            try
            {
                _ = FSync(fd);
            }
            finally
            {
                _ = Close(fd);
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // No usable libc (an unusual platform): the file itself was already flushed.
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync")]
    private static partial int FSync(int fd);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
