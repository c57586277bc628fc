using System.Text.RegularExpressions;

namespace Orchestrator.IntegrationTests.Infrastructure;

/// <summary>
/// A copy of the shipped gates/ whose back-offs and deadlines are shortened to fractions of a second, so tests
/// exercise WAIT_RETRY and deadlines through the real timers without waiting minutes.
/// </summary>
public static partial class FastPolicies
{
    public static string CreateIn(string folder)
    {
        var gates = Path.Combine(folder, "gates-fast");
        Directory.CreateDirectory(gates);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "gates"), "*.yaml"))
        {
            var text = File.ReadAllText(file);
            text = Backoff().Replace(text, "backoff: { initial: 200ms, multiplier: 1, max: 200ms }");
            text = Deadline().Replace(text, "deadline: 3s");
            File.WriteAllText(Path.Combine(gates, Path.GetFileName(file)), text);
        }
        return gates;
    }

    [GeneratedRegex(@"backoff: \{[^}]*\}")]
    private static partial Regex Backoff();

    [GeneratedRegex(@"deadline: \d+[smhd]")]
    private static partial Regex Deadline();
}
