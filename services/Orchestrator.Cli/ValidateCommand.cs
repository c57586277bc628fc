using Orchestrator.Definitions;

namespace Orchestrator.Cli;

/// <summary><c>validate [DIR]</c>: checks the YAML exactly as the services do at start-up, without a broker.</summary>
internal static class ValidateCommand
{
    public static int Run(string[] args)
    {
        var directory = args.FirstOrDefault(a => !a.StartsWith("--")) ?? "gates";
        if (!Directory.Exists(directory))
            throw new CliException($"no folder '{directory}': give the folder holding pipeline.yaml and the gate files.");
        var result = DefinitionLoader.TryLoad(directory);
        if (result.Problems.Count == 0)
        {
            Console.WriteLine($"{directory}: valid (definition {result.Hash})");
            return CliApp.Ok;
        }
        foreach (var problem in result.Problems)
            Console.Error.WriteLine(problem);
        Console.Error.WriteLine($"{result.Problems.Count} problem(s) in {directory}");
        return CliApp.RunFailed;
    }
}
