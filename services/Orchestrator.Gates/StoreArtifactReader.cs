using System.Security.Cryptography;
using Orchestrator.Artifacts;
using Orchestrator.Contracts;
using Orchestrator.Definitions;

namespace Orchestrator.Gates;

/// <summary>Reads the artifacts named in the request from the store, checking each against the hash the run accepted.</summary>
internal sealed class StoreArtifactReader(ArtifactStore store, EvaluateGate request, List<GateRuleFailure> failures) : IArtifactReader
{
    public async Task<ArtifactContent?> ReadAsync(string artifact, CancellationToken cancellationToken)
    {
        if (request.Artifacts.FirstOrDefault(a => a.Name == artifact) is not { } stored)
            return null;
        byte[] bytes;
        try
        {
            bytes = await store.ReadAllBytesAsync(stored.Location, cancellationToken);
        }
        catch (Exception e) when (e is IOException or ArtifactPathException or UnauthorizedAccessException)
        {
            failures.Add(new GateRuleFailure("artifact_readable", $"{artifact} at {stored.Location} cannot be read: {e.Message}", true));
            return null;
        }
        var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (actual != stored.Sha256)
        {
            failures.Add(new GateRuleFailure("artifact_integrity",
                $"{artifact} changed after it was published: sha256 {actual}, expected {stored.Sha256}", true));
            return null;
        }
        var attributes = request.Attributes?.GetValueOrDefault(artifact);
        return new ArtifactContent(bytes, attributes);
    }
}
