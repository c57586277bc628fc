namespace Orchestrator.Definitions;

/// <summary>
/// Where each field (and list item, and map key) of one definition was written, so the
/// validator can point at the exact scalar that is wrong rather than at its parent.
/// </summary>
internal sealed class FieldMarks(SourceLocation owner)
{
    public static readonly FieldMarks None = new(new SourceLocation("", 0, 0));

    private readonly Dictionary<string, SourceLocation> marks = new(StringComparer.Ordinal);
    private readonly HashSet<string> invalid = new(StringComparer.Ordinal);

    public SourceLocation Owner { get; } = owner;

    public void Set(string key, SourceLocation at) => marks[key] = at;

    /// <summary>True when the field was written, whether or not its value could be read.</summary>
    public bool Has(string field) => marks.ContainsKey(field);

    /// <summary>
    /// Records that a field was written with a value of the wrong type (already reported), so
    /// checks that depend on it stay quiet instead of reporting consequences of the same mistake.
    /// </summary>
    public void SetInvalid(string field) => invalid.Add(field);

    public bool IsInvalid(string field) => invalid.Contains(field);

    public SourceLocation Field(string field) => marks.TryGetValue(field, out var at) ? at : Owner;

    public SourceLocation Item(string field, int index) =>
        marks.TryGetValue($"{field}[{index}]", out var at) ? at : Field(field);

    public SourceLocation Key(string field, string key) =>
        marks.TryGetValue($"{field}.{key}", out var at) ? at : Field(field);

    public static string ItemKey(string field, int index) => $"{field}[{index}]";

    public static string MapKey(string field, string key) => $"{field}.{key}";
}
