using System.Security.Cryptography;

namespace Orchestrator.Artifacts;

/// <summary>
/// The artifact store: one file per artifact at <c>runs/{runId:N}/{name}</c> under <see cref="Root"/>. Writes are
/// atomic (a reader sees the old content or the new, never a torn file); every location is checked so that
/// nothing outside the root is ever read or written.
/// </summary>
public sealed class ArtifactStore
{
    private const int BufferSize = 81_920;

    public ArtifactStore(ArtifactStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Root))
            throw new ArgumentException("Artifacts:Root is empty; set it to the folder that holds the artifact store.", nameof(options));
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.Root));
    }

    /// <summary>The absolute path of the store's root folder.</summary>
    public string Root { get; }

    /// <summary>The location of a run's folder: <c>runs/{runId:N}</c>.</summary>
    public static string RunLocation(Guid runId) => $"runs/{runId:N}";

    /// <summary>The location of an artifact: <c>runs/{runId:N}/{name}</c>.</summary>
    public static string LocationOf(Guid runId, string name)
    {
        ArtifactName.Validate(name);
        return $"{RunLocation(runId)}/{name}";
    }

    /// <summary>The absolute path of a run's folder (it may not exist yet).</summary>
    public string RunDirectory(Guid runId) => ResolveSafe(RunLocation(runId));

    /// <summary>
    /// The absolute path of <paramref name="relativeLocation"/>. Throws <see cref="ArtifactPathException"/> for an
    /// absolute path, a backslash or NUL, a <c>..</c> segment, or a symbolic link anywhere on the way that leads
    /// outside the root.
    /// </summary>
    public string ResolveSafe(string relativeLocation)
    {
        var problem = LocationRules.Check(relativeLocation);
        if (problem is not null)
            throw Refused(relativeLocation, problem);
        var full = Path.GetFullPath(Path.Combine(Root, relativeLocation));
        if (!IsUnder(full, Root))
            throw Refused(relativeLocation, "it leaves the store root");
        string real;
        try
        {
            real = RealPath.Resolve(full);
        }
        catch (IOException ex)
        {
            throw Refused(relativeLocation, ex.Message);
        }
        if (!IsUnder(real, RealPath.Resolve(Root)))
            throw Refused(relativeLocation, $"a symbolic link on the path leads outside the store root (to '{real}')");
        return full;
    }

    /// <summary>Stores <paramref name="content"/> as artifact <paramref name="name"/> of the run, replacing any earlier content.</summary>
    public Task<StoredArtifact> WriteAsync(Guid runId, string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default) =>
        WriteCoreAsync(runId, name, async (file, hash) =>
        {
            hash.AppendData(content.Span);
            await file.WriteAsync(content, cancellationToken);
        }, cancellationToken);

    /// <summary>Stores the rest of <paramref name="content"/> as artifact <paramref name="name"/> of the run, replacing any earlier content.</summary>
    public Task<StoredArtifact> WriteAsync(Guid runId, string name, Stream content, CancellationToken cancellationToken = default) =>
        WriteCoreAsync(runId, name, async (file, hash) =>
        {
            var buffer = new byte[BufferSize];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }, cancellationToken);

    /// <summary>Opens a stored artifact for reading.</summary>
    public Stream OpenRead(string location) =>
        new FileStream(ResolveSafe(location), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous);

    /// <summary>Reads a stored artifact whole.</summary>
    public Task<byte[]> ReadAllBytesAsync(string location, CancellationToken cancellationToken = default) =>
        File.ReadAllBytesAsync(ResolveSafe(location), cancellationToken);

    /// <summary>Hashes the stored content and compares it with <paramref name="expectedSha256"/> (hex, any case).</summary>
    public async Task<ArtifactVerification> VerifyAsync(string location, string expectedSha256, CancellationToken cancellationToken = default)
    {
        var path = ResolveSafe(location);
        if (!File.Exists(path))
            return new ArtifactVerification(location, false, null, 0, false);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous);
        var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        var matches = string.Equals(actual, expectedSha256, StringComparison.OrdinalIgnoreCase);
        return new ArtifactVerification(location, true, actual, stream.Length, matches);
    }

    private async Task<StoredArtifact> WriteCoreAsync(
        Guid runId, string name, Func<FileStream, IncrementalHash, Task> copy, CancellationToken cancellationToken)
    {
        var location = LocationOf(runId, name);
        var path = ResolveSafe(location);
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        // The temporary file sits in the same folder so the final rename stays on one file system (atomic).
        var temp = Path.Combine(directory, $".{name}.{Guid.NewGuid():N}.tmp");
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long size;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                await copy(file, hash);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
                size = file.Length;
            }
            File.Move(temp, path, overwrite: true);
            DirectorySync.Flush(directory);
            return new StoredArtifact(name, location, Convert.ToHexStringLower(hash.GetHashAndReset()), size);
        }
        finally
        {
            // After a successful move the temporary name is gone; after a failure it must not linger.
            File.Delete(temp);
        }
    }

    private static bool IsUnder(string path, string root) =>
        path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static ArtifactPathException Refused(string location, string reason) =>
        new($"Artifact location '{location}' is refused: {reason}. A location is relative to the artifact store root, "
            + "uses forward slashes and stays inside the root, for example 'runs/<runId>/technical_plan.md'.");
}
