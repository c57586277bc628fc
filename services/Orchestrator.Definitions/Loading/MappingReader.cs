using YamlDotNet.RepresentationModel;

namespace Orchestrator.Definitions;

/// <summary>
/// Reads the fields of one YAML mapping, recording where each was written and reporting
/// missing, mistyped and (on <see cref="Finish"/>) unknown fields instead of throwing.
/// </summary>
internal sealed class MappingReader
{
    private readonly Dictionary<string, (YamlNode Value, SourceLocation KeyAt)> fields = new(StringComparer.Ordinal);
    private readonly List<string> known = [];

    public MappingReader(SourceFile file, YamlMappingNode node, string subject, ProblemCollector problems)
    {
        File = file;
        Problems = problems;
        Subject = subject;
        Location = file.At(node);
        Marks = new FieldMarks(Location);
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode { Value: { } name })
            {
                fields[name] = (value, file.At(key));
            }
            else
            {
                problems.Add(file.At(key), $"{subject} has a field name that is not plain text");
            }
        }
    }

    public SourceFile File { get; }

    public ProblemCollector Problems { get; }

    /// <summary>How problems name this mapping, such as "role 'qa_ai'"; refined once the id is read.</summary>
    public string Subject { get; set; }

    public SourceLocation Location { get; }

    public FieldMarks Marks { get; }

    /// <summary>The field's value node, or null when it is absent or empty (reported when required).</summary>
    public YamlNode? Node(string key, bool required = false)
    {
        known.Add(key);
        if (!fields.TryGetValue(key, out var entry))
        {
            Report(required, Location, $"{Subject} is missing the required field '{key}'");
            return null;
        }

        Marks.Set(key, File.At(entry.Value));
        if (entry.Value is YamlScalarNode scalar && ScalarText.IsNull(scalar))
        {
            Report(required, entry.KeyAt, $"field '{key}' of {Subject} has no value");
            return null;
        }

        return entry.Value;
    }

    public string? String(string key, bool required = false)
    {
        if (Node(key, required) is not { } node)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text })
        {
            return text;
        }

        WrongType(key, node, "a single value");
        return null;
    }

    public string RequiredString(string key) => String(key, required: true) ?? "";

    public IReadOnlyList<string> Strings(string key, bool required = false)
    {
        var items = Sequence(key, required, "a list of names");
        var values = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            var at = File.At(items[i]);
            Marks.Set(FieldMarks.ItemKey(key, values.Count), at);
            if (items[i] is YamlScalarNode scalar && !ScalarText.IsNull(scalar))
            {
                values.Add(scalar.Value!);
            }
            else
            {
                Problems.Add(at, $"item {i + 1} of '{key}' in {Subject} must be a single name");
            }
        }

        return values;
    }

    public IReadOnlyList<MappingReader> Mappings(string key, string itemSubject, bool required = false)
    {
        var readers = new List<MappingReader>();
        var items = Sequence(key, required, "a list of mappings");
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlMappingNode mapping)
            {
                readers.Add(new MappingReader(File, mapping, $"{itemSubject} #{i + 1}", Problems));
            }
            else
            {
                Problems.Add(File.At(items[i]), $"item {i + 1} of '{key}' in {Subject} must be a mapping (key: value lines)");
            }
        }

        return readers;
    }

    public MappingReader? Mapping(string key, string subject, bool required = false)
    {
        if (Node(key, required) is not { } node)
        {
            return null;
        }

        if (node is YamlMappingNode mapping)
        {
            return new MappingReader(File, mapping, subject, Problems);
        }

        WrongType(key, node, "a mapping");
        return null;
    }

    /// <summary>A mapping of names to single values, such as attributes; each key's position is recorded.</summary>
    public IReadOnlyDictionary<string, string> StringMap(string key)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Mapping(key, $"'{key}' of {Subject}") is not { } reader)
        {
            return map;
        }

        foreach (var (name, (value, keyAt)) in reader.fields)
        {
            Marks.Set(FieldMarks.MapKey(key, name), keyAt);
            if (value is YamlScalarNode { Value: { } text })
            {
                map[name] = text;
            }
            else
            {
                Problems.Add(File.At(value), $"'{key}.{name}' of {Subject} must be a single value");
            }
        }

        return map;
    }

    public void WrongType(string key, YamlNode node, string expected)
    {
        Marks.SetInvalid(key);
        Problems.Add(File.At(node), $"field '{key}' of {Subject} must be {expected}, not {ScalarText.Describe(node)}");
    }

    /// <summary>Reports every field that no read asked for, with the closest known name as a hint.</summary>
    public void Finish()
    {
        foreach (var (name, (_, keyAt)) in fields.Where(f => !known.Contains(f.Key)))
        {
            var hint = FieldNameHint.Closest(name, known) is { } close ? $"; did you mean '{close}'?" : "";
            Problems.Add(keyAt, $"unknown field '{name}' in {Subject} (known fields: {string.Join(", ", known.Distinct())}){hint}");
        }
    }

    private IReadOnlyList<YamlNode> Sequence(string key, bool required, string expected)
    {
        if (Node(key, required) is not { } node)
        {
            return [];
        }

        if (node is YamlSequenceNode sequence)
        {
            return sequence.Children.ToList();
        }

        WrongType(key, node, expected);
        return [];
    }

    private void Report(bool required, SourceLocation at, string message)
    {
        if (required)
        {
            Problems.Add(at, message);
        }
    }
}
