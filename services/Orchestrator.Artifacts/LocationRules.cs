namespace Orchestrator.Artifacts;

/// <summary>Lexical checks on a location, before the file system is consulted.</summary>
internal static class LocationRules
{
    /// <summary>Null when <paramref name="location"/> is well formed, else why not.</summary>
    public static string? Check(string location)
    {
        if (string.IsNullOrWhiteSpace(location))
            return "it is empty";
        if (location.Contains('\0'))
            return "it contains a NUL character";
        if (location.Contains('\\'))
            return "it contains a backslash (use forward slashes)";
        if (location.StartsWith('/') || Path.IsPathRooted(location) || HasDriveLetter(location))
            return "it is an absolute path";
        foreach (var segment in location.Split('/'))
        {
            if (segment == "..")
                return "it contains a '..' segment";
            if (segment.Length == 0 || segment == ".")
                return "it contains an empty or '.' segment";
        }
        return null;
    }

    private static bool HasDriveLetter(string location) =>
        location.Length >= 2 && location[1] == ':' && char.IsAsciiLetter(location[0]);
}
