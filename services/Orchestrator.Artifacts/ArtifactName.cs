namespace Orchestrator.Artifacts;

/// <summary>The rules an artifact name follows: one file name, no folders.</summary>
public static class ArtifactName
{
    /// <summary>Most file systems stop at 255 bytes; the temporary file adds a prefix and suffix.</summary>
    private const int MaxLength = 200;

    /// <summary>Throws <see cref="ArtifactPathException"/> when <paramref name="name"/> is not a valid artifact name.</summary>
    public static void Validate(string name)
    {
        if (!IsValid(name, out var reason))
            throw new ArtifactPathException(
                $"Artifact name '{name}' is refused: {reason}. An artifact name is a single file name such as 'technical_plan.md'.");
    }

    /// <summary>True when <paramref name="name"/> is valid; otherwise <paramref name="reason"/> says why not.</summary>
    public static bool IsValid(string name, out string reason)
    {
        reason = Check(name) ?? "";
        return reason.Length == 0;
    }

    private static string? Check(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return "it is empty";
        if (name.Length > MaxLength)
            return $"it is longer than {MaxLength} characters";
        if (name.Contains('/') || name.Contains('\\'))
            return "it contains a path separator";
        if (name.Contains('\0'))
            return "it contains a NUL character";
        if (name.Any(char.IsControl))
            return "it contains a control character";
        // Leading dots would hide the file and collide with the store's own temporary files.
        if (name.StartsWith('.'))
            return "it starts with '.'";
        return null;
    }
}
