using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Orchestrator.Definitions;

/// <summary>
/// Remembers where the last good event ended: YamlDotNet throws a position-less
/// InvalidOperationException on some malformed flow collections, and the problem must still
/// name a line.
/// </summary>
internal sealed class MarkTrackingParser(IParser inner) : IParser
{
    public Mark LastGood { get; private set; } = Mark.Empty;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (moved && inner.Current is { } current)
        {
            LastGood = current.End;
        }

        return moved;
    }
}
