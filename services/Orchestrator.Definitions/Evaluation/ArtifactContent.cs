using System.Text;

namespace Orchestrator.Definitions;

/// <summary>The bytes of one artifact of a run and the attributes its ArtifactReady carried.</summary>
public sealed class ArtifactContent(ReadOnlyMemory<byte> bytes, IReadOnlyDictionary<string, string>? attributes = null)
{
    private string? text;

    public ReadOnlyMemory<byte> Bytes { get; } = bytes;

    public IReadOnlyDictionary<string, string> Attributes { get; } = attributes ?? new Dictionary<string, string>();

    /// <summary>The bytes as UTF-8 text, without a byte-order mark.</summary>
    public string Text => text ??= new UTF8Encoding(false).GetString(StripBom(Bytes.Span));

    public static ArtifactContent FromText(string text, IReadOnlyDictionary<string, string>? attributes = null) =>
        new(Encoding.UTF8.GetBytes(text), attributes);

    private static ReadOnlySpan<byte> StripBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
}
