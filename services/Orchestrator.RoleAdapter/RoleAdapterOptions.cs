namespace Orchestrator.RoleAdapter;

/// <summary>
/// The adapter's settings, section <c>RoleAdapter</c>: command line <c>--role qa_ai</c>, environment
/// <c>RoleAdapter__Role=qa_ai</c>, <c>RoleAdapter__Faults__qa_ai=flake:2</c>, …
/// </summary>
public sealed class RoleAdapterOptions
{
    public const string Section = "RoleAdapter";
    public const string RoleKey = Section + ":Role";

    /// <summary>The role served, for example <c>qa_ai</c>; its queue is <c>role-qa-ai</c>.</summary>
    public string Role { get; set; } = "";

    /// <summary><c>scripted</c> (default), <c>command</c> or <c>external</c>.</summary>
    public AgentKind Agent { get; set; } = AgentKind.Scripted;

    /// <summary>The program the command agent runs (a path, or a name looked up on PATH).</summary>
    public string? Command { get; set; }

    /// <summary>Its arguments, one per item (<c>RoleAdapter:Arguments:0</c>, <c>:1</c>, …).</summary>
    public List<string> Arguments { get; set; } = [];

    /// <summary>How long the command agent may run before its process tree is killed.</summary>
    public int TimeoutSeconds { get; set; } = 600;

    /// <summary>
    /// Scripted-agent faults by role (<c>RoleAdapter:Faults:qa_ai=flake:2</c>); a run parameter
    /// <c>fault.qa_ai</c> overrides them for one run. Syntax: <see cref="Scripted.RoleFault.Syntax"/>.
    /// </summary>
    public Dictionary<string, string> Faults { get; set; } = new(StringComparer.Ordinal);
}
