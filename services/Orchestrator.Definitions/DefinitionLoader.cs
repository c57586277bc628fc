namespace Orchestrator.Definitions;

/// <summary>
/// Loads and validates a pipeline definition: <c>pipeline.yaml</c> plus one
/// <c>&lt;gate&gt;.yaml</c> per gate. Every problem is collected, each as
/// <c>gates/file.yaml:line:col: message</c>, so one run of the linter shows everything.
/// </summary>
public static class DefinitionLoader
{
    public const string PipelineFileName = "pipeline.yaml";

    /// <summary>Loads a gates directory, or throws <see cref="DefinitionException"/> listing every problem.</summary>
    public static PipelineDefinition Load(string gatesDirectory) => TryLoad(gatesDirectory).GetDefinitionOrThrow();

    /// <summary>Loads a gates directory without throwing on definition problems.</summary>
    public static DefinitionLoadResult TryLoad(string gatesDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(gatesDirectory);
        var sourceName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(gatesDirectory)));
        if (!Directory.Exists(gatesDirectory))
        {
            var problem = new DefinitionProblem(
                new SourceLocation(sourceName, 1, 1),
                $"the definitions directory {Path.GetFullPath(gatesDirectory)} does not exist");
            return new DefinitionLoadResult(null, [problem], DefinitionHash.Compute(new Dictionary<string, string>()), new Dictionary<string, string>());
        }

        // .yml files are read too, only to be reported: silently ignoring a misnamed gate would be worse.
        var files = Directory.EnumerateFiles(gatesDirectory)
            .Where(path => path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal))
            .ToDictionary(path => Path.GetFileName(path), File.ReadAllText, StringComparer.Ordinal);
        return TryLoadFromSources(files, sourceName);
    }

    /// <summary>Loads from file texts by file name (a pinned snapshot), or throws <see cref="DefinitionException"/>.</summary>
    public static PipelineDefinition LoadFromSources(IReadOnlyDictionary<string, string> files, string sourceName = "gates") =>
        TryLoadFromSources(files, sourceName).GetDefinitionOrThrow();

    /// <summary>
    /// Loads from file texts by file name without throwing on definition problems;
    /// <paramref name="sourceName"/> prefixes the file names in problems.
    /// </summary>
    public static DefinitionLoadResult TryLoadFromSources(IReadOnlyDictionary<string, string> files, string sourceName = "gates")
    {
        ArgumentNullException.ThrowIfNull(files);
        var sources = new Dictionary<string, string>(files, StringComparer.Ordinal);
        var problems = new ProblemCollector();
        PipelineDefinition? pipeline = null;
        var gates = new List<GateDefinition>();
        var unreadableGates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, text) in sources.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var file = new SourceFile($"{sourceName}/{name}", text);
            if (!name.EndsWith(".yaml", StringComparison.Ordinal))
            {
                problems.Add(file.Start, $"definition files end in .yaml: rename {name}");
                continue;
            }

            if (YamlFileReader.ReadRoot(file, problems) is not { } root)
            {
                unreadableGates.Add(Path.GetFileNameWithoutExtension(name));
                continue;
            }

            var reader = new MappingReader(file, root, name == PipelineFileName ? "the pipeline" : "the gate", problems);
            if (name == PipelineFileName)
            {
                pipeline = PipelineParser.Read(reader);
            }
            else
            {
                gates.Add(GateParser.Read(reader));
            }
        }

        if (!sources.ContainsKey(PipelineFileName))
        {
            problems.Add(new SourceLocation($"{sourceName}/{PipelineFileName}", 1, 1), $"{PipelineFileName} is missing: it defines the roles, states and policies");
        }

        pipeline = pipeline is null ? null : pipeline with { Gates = gates };
        DefinitionValidator.Validate(pipeline, gates, unreadableGates, problems);
        var hash = DefinitionHash.Compute(sources);
        var definition = problems.Count == 0 ? pipeline! with { Hash = hash, Sources = sources } : null;
        return new DefinitionLoadResult(definition, problems.Sorted(), hash, sources);
    }
}
