namespace Orchestrator.RoleAdapter.Tests;

/// <summary>Writes a bash script into a folder and returns the adapter settings that run it.</summary>
public static class CommandScripts
{
    public static Dictionary<string, string?> Settings(string folder, string body, int timeoutSeconds = 30)
    {
        var script = Path.Combine(folder, "agent.sh");
        File.WriteAllText(script, "set -eu\n" + body + "\n");
        return new Dictionary<string, string?>
        {
            ["RoleAdapter:Agent"] = "command",
            ["RoleAdapter:Command"] = "/bin/bash",
            ["RoleAdapter:Arguments:0"] = script,
            ["RoleAdapter:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
