using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Orchestrator.StateWriter;

/// <summary>
/// The few libc calls .NET does not expose: fsync of a folder (a FileStream refuses to open one) and flock (so the lock
/// holds even where .NET's own advisory locking is switched off with DOTNET_SYSTEM_IO_DISABLEFILELOCKING).
/// </summary>
internal static partial class LibC
{
    const int LockExclusive = 2;
    const int LockNonBlocking = 4;
    const int WouldBlock = 11;

    /// <summary>Tries an exclusive flock without waiting; false when another open file description holds it.</summary>
    public static bool TryLockExclusive(SafeFileHandle file)
    {
        if (flock(file, LockExclusive | LockNonBlocking) == 0)
            return true;
        var errno = Marshal.GetLastPInvokeError();
        if (errno == WouldBlock)
            return false;
        throw new IOException($"flock failed: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).");
    }

    /// <summary>Makes a rename inside <paramref name="folder"/> durable: fsync of the file alone does not cover its directory entry.</summary>
    public static void FsyncDirectory(string folder)
    {
        var fd = open(folder, ReadOnlyDirectory(), 0);
        if (fd < 0)
            throw Failure("open", folder);
        try
        {
            if (fsync(fd) != 0)
                throw Failure("fsync", folder);
        }
        finally
        {
            close(fd);
        }
    }

    /// <summary>O_RDONLY | O_DIRECTORY | O_CLOEXEC; O_DIRECTORY differs between CPU architectures on Linux.</summary>
    static int ReadOnlyDirectory()
    {
        const int cloexec = 0x80000;
        var directory = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.Arm or Architecture.Arm64 or Architecture.Ppc64le => 0x4000,
            _ => 0x10000,
        };
        return directory | cloexec;
    }

    static IOException Failure(string call, string folder)
    {
        var errno = Marshal.GetLastPInvokeError();
        return new IOException($"{call} of folder '{folder}' failed: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).");
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int flock(SafeFileHandle fd, int operation);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open(string path, int flags, int mode);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int fsync(int fd);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int close(int fd);
}
