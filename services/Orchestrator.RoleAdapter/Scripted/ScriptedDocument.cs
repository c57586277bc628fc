using System.Text;
using Orchestrator.RoleAdapter.Agents;

namespace Orchestrator.RoleAdapter.Scripted;

/// <summary>The text of one scripted artifact and the attributes it is published with.</summary>
internal sealed record ScriptedDocument(string Text, IReadOnlyDictionary<string, string>? Attributes = null)
{
    public AgentOutput ToOutput(string name) =>
        new(name, Encoding.UTF8.GetBytes(Text), Attributes ?? new Dictionary<string, string>());
}
