namespace Orchestrator.RoleAdapter.Command;

/// <summary>The last lines a program wrote to stdout and stderr, interleaved as they arrived: what an operator needs in a failure reason.</summary>
public sealed class OutputTail(int capacity = 20)
{
    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();

    public void Add(string? line)
    {
        if (line is null)
            return;
        lock (_gate)
        {
            _lines.Enqueue(line);
            if (_lines.Count > capacity)
                _lines.Dequeue();
        }
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
                return [.. _lines];
        }
    }

    /// <summary>A paragraph to append to a failure reason.</summary>
    public string Describe()
    {
        var lines = Lines;
        return lines.Count == 0
            ? " It wrote no output."
            : $" Last {lines.Count} line(s) of its output:\n" + string.Join('\n', lines);
    }
}
