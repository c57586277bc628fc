using System.Security.Cryptography;
using System.Text;

namespace Orchestrator.Definitions;

/// <summary>
/// A stable sha256 over definition files, so a run can pin the definition it started with:
/// files in ordinal name order, each as its name and its UTF-8 text, both length-prefixed so
/// no two different sets of files can produce the same bytes.
/// </summary>
public static class DefinitionHash
{
    public static string Compute(IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            Append(hash, name);
            Append(hash, text);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Span<byte> length = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
