namespace Orchestrator.Cli;

/// <summary>A command's arguments: positionals, <c>--flag</c>s and <c>--option value</c>s; anything it does not know is a usage error.</summary>
internal sealed class CliArgs
{
    readonly List<string> positionals = [];
    readonly List<string> flags = [];
    readonly List<(string Name, string Value)> options = [];

    public IReadOnlyList<string> Positionals => positionals;

    /// <param name="args">The arguments after the command's name.</param>
    /// <param name="valueOptions">Options followed by a value, such as <c>--reason</c>.</param>
    /// <param name="knownFlags">Options that stand alone, such as <c>--json</c>.</param>
    public static CliArgs Parse(string[] args, string[] valueOptions, string[] knownFlags)
    {
        var parsed = new CliArgs();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (valueOptions.Contains(arg))
            {
                if (i + 1 >= args.Length)
                    throw new CliException($"{arg} needs a value.");
                parsed.options.Add((arg, args[++i]));
            }
            else if (knownFlags.Contains(arg))
                parsed.flags.Add(arg);
            else if (arg.StartsWith("--"))
                throw new CliException($"unknown option '{arg}' (run orchestratorctl --help).");
            else
                parsed.positionals.Add(arg);
        }
        return parsed;
    }

    public bool Has(string flag) => flags.Contains(flag);

    public string? Option(string name) => options.LastOrDefault(o => o.Name == name).Value;

    public IEnumerable<string> All(string name) => options.Where(o => o.Name == name).Select(o => o.Value);

    public int Number(string name, int fallback) => Option(name) switch
    {
        null => fallback,
        var text when int.TryParse(text, out var value) && value >= 0 => value,
        var text => throw new CliException($"{name} must be a whole number, not '{text}'."),
    };

    /// <summary>The one RUN_ID the command takes.</summary>
    public Guid RunId() => positionals switch
    {
        [var id] => Guid.TryParse(id, out var runId) ? runId : throw new CliException($"'{id}' is not a run id (a GUID)."),
        [] => throw new CliException("a RUN_ID is required."),
        _ => throw new CliException($"one RUN_ID expected, got {positionals.Count}: {string.Join(' ', positionals)}."),
    };
}
