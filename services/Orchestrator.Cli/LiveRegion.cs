namespace Orchestrator.Cli;

/// <summary>
/// A block of lines at the bottom of a terminal that is redrawn in place: each frame moves the cursor back to the
/// first line of the previous one, rewrites every line and clears what the previous frame left below.
/// </summary>
internal sealed class LiveRegion(TextWriter terminal)
{
    const string Escape = "\u001b[";
    int _height;

    public void Draw(IReadOnlyList<string> lines)
    {
        // Lines are wrapped here, not by the terminal, so the frame's height on screen is known.
        var rows = lines.SelectMany(line => Wrap(line, Math.Max(40, TerminalWidth() - 1))).ToList();
        var frame = new System.Text.StringBuilder();
        if (_height > 0)
            frame.Append($"{Escape}{_height}F"); // to the start of the first line of the previous frame
        foreach (var row in rows)
            frame.Append($"{Escape}2K").Append(row).Append('\n');
        frame.Append($"{Escape}J"); // clear what a taller previous frame left
        terminal.Write(frame.ToString());
        terminal.Flush();
        _height = rows.Count;
    }

    /// <summary>Splits a line at spaces into rows of at most <paramref name="width"/>, continuing under its value column.</summary>
    public static IEnumerable<string> Wrap(string line, int width)
    {
        const string indent = "           ";
        while (line.Length > width)
        {
            var cut = line.LastIndexOf(' ', width);
            if (cut <= indent.Length)
                cut = width;
            yield return line[..cut];
            line = indent + line[cut..].TrimStart();
        }
        yield return line;
    }

    static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 120;
        }
        catch (IOException)
        {
            return 120;
        }
    }
}
