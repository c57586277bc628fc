using Orchestrator.Artifacts;
using Orchestrator.Contracts;
using Orchestrator.Service.Authorization;
using Orchestrator.Service.Persistence.Entities;

namespace Orchestrator.Service.Runs;

/// <summary>
/// What an <see cref="ArtifactReady"/> must prove before the run looks at it: the publisher speaks for the role the
/// task was given to, the location stays inside the artifact store, and the stored bytes have the announced sha256.
/// </summary>
public sealed class ArtifactCheck(PublisherCheck publishers, ArtifactStore store)
{
    /// <summary>Null when the artifact may be considered; otherwise why it is refused.</summary>
    public async Task<string?> ProblemAsync(PipelineRun run, ArtifactReady artifact, string? publisher, CancellationToken cancellationToken)
    {
        var role = run.Progress.Tasks.TryGetValue(artifact.TaskId, out var task) ? task.Role : artifact.Role;
        if (publishers.Refusal(publisher, role) is { } refusal)
            return refusal;
        try
        {
            var verification = await store.VerifyAsync(artifact.Location, artifact.Sha256, cancellationToken);
            if (!verification.Exists)
                return $"nothing is stored at {artifact.Location}";
            return verification.Matches
                ? null
                : $"sha256 mismatch: {artifact.Location} has {verification.ActualSha256}, the message says {artifact.Sha256}";
        }
        catch (ArtifactPathException e)
        {
            return e.Message;
        }
    }
}
