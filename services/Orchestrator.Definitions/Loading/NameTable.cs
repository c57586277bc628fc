namespace Orchestrator.Definitions;

/// <summary>The exact spellings an enum takes in YAML (and in the JSON schemas).</summary>
internal sealed class NameTable<T>(params (string Name, T Value)[] entries)
    where T : struct, Enum
{
    public string Choices => string.Join(", ", entries.Select(e => e.Name));

    public bool TryParse(string text, out T value)
    {
        foreach (var (name, candidate) in entries)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public string NameOf(T value) => entries.First(e => EqualityComparer<T>.Default.Equals(e.Value, value)).Name;
}
