namespace Orchestrator.RoleAdapter.Agents;

/// <summary>One artifact an agent produced, with the attributes its ArtifactReady carries (for example <c>status: approved</c>).</summary>
public sealed record AgentOutput(string Name, ReadOnlyMemory<byte> Content, IReadOnlyDictionary<string, string> Attributes);
