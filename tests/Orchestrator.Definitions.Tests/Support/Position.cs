namespace Orchestrator.Definitions.Tests;

/// <summary>The 1-based line:column of a marker in a text, computed independently of the loader.</summary>
internal static class Position
{
    public static string Of(string text, string marker, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(marker, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"'{marker}' occurs fewer than {occurrence} times");
            }
        }

        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var line = text.AsSpan(0, index).Count('\n') + 1;
        return $"{line}:{index - lineStart + 1}";
    }
}
