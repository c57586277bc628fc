using System.Xml.Linq;

namespace Orchestrator.Deployment.Tests.Support;

/// <summary>A project under services/ or contracts/, read from its csproj.</summary>
public sealed record ServiceProject(string Name, string Folder, string Sdk, string AssemblyName, bool HasProgram, IReadOnlyList<string> References)
{
    static readonly Lazy<IReadOnlyDictionary<string, ServiceProject>> all = new(Discover);

    public static IReadOnlyDictionary<string, ServiceProject> All => all.Value;

    /// <summary>The csproj, relative to the repository root: <c>services/X/X.csproj</c>.</summary>
    public string Csproj => $"{Folder}/{Name}.csproj";

    /// <summary>
    /// A service that runs in its own container: a web host with a Program.cs. The CLI is a console tool; Hosting,
    /// Definitions and Artifacts are libraries.
    /// </summary>
    public bool IsRunnableService => Sdk == "Microsoft.NET.Sdk.Web" && HasProgram && Folder.StartsWith("services/", StringComparison.Ordinal);

    /// <summary>This project and every project it references, directly or not.</summary>
    public IReadOnlyList<ServiceProject> WithReferences()
    {
        var found = new Dictionary<string, ServiceProject>(StringComparer.Ordinal);
        var pending = new Stack<ServiceProject>([this]);
        while (pending.TryPop(out var project))
        {
            if (!found.TryAdd(project.Name, project))
                continue;
            foreach (var reference in project.References)
                pending.Push(All.TryGetValue(reference, out var referenced)
                    ? referenced
                    : throw new InvalidOperationException($"{project.Csproj} references {reference}, which is not under services/ or contracts/."));
        }
        return found.Values.ToList();
    }

    static IReadOnlyDictionary<string, ServiceProject> Discover() =>
        new[] { "services", "contracts" }
            .SelectMany(top => Directory.GetDirectories(Repository.PathOf(top)))
            .Where(folder => File.Exists(Path.Combine(folder, Path.GetFileName(folder) + ".csproj")))
            .Select(Read)
            .ToDictionary(project => project.Name, StringComparer.Ordinal);

    static ServiceProject Read(string folder)
    {
        var name = Path.GetFileName(folder);
        var csproj = XDocument.Load(Path.Combine(folder, name + ".csproj"));
        var references = csproj.Descendants("ProjectReference")
            .Select(reference => Path.GetFileNameWithoutExtension(((string?)reference.Attribute("Include") ?? "").Replace('\\', '/')))
            .ToList();
        return new ServiceProject(
            name,
            Repository.Relative(folder),
            (string?)csproj.Root?.Attribute("Sdk") ?? "",
            csproj.Descendants("AssemblyName").Select(element => element.Value).LastOrDefault() ?? name,
            File.Exists(Path.Combine(folder, "Program.cs")),
            references);
    }
}
