namespace Orchestrator.Definitions;

/// <summary>
/// One rule of a gate. The set of kinds is closed (the constructor is internal to the
/// library) because the loader, the validator and the schema must all know every kind.
/// </summary>
public abstract record GateRule
{
    private protected GateRule(string id, string? description, SourceLocation location)
    {
        Id = id;
        Description = description;
        Location = location;
    }

    public string Id { get; }

    public string? Description { get; }

    public SourceLocation Location { get; }

    public abstract RuleKind Kind { get; }

    /// <summary>Every artifact the rule reads.</summary>
    public abstract IReadOnlyList<string> Artifacts { get; }

    internal FieldMarks Marks { get; init; } = FieldMarks.None;

    /// <summary>Null when the rule holds, else why it does not.</summary>
    internal abstract string? Check(ArtifactSet artifacts);
}
