using System.Security.Cryptography;
using System.Text;

namespace Orchestrator.Deployment.Tests.Support;

/// <summary>A user of infra/rabbitmq/definitions.json.</summary>
public sealed record BrokerUser(string Name, string PasswordHash, string HashingAlgorithm, IReadOnlyList<string> Tags)
{
    /// <summary>
    /// RabbitMQ's rabbit_password_hashing_sha256: base64(salt + sha256(salt + utf8(password))) with a 4-byte salt, as
    /// infra/rabbitmq/hash-password.py writes it.
    /// </summary>
    public bool HasPassword(string password)
    {
        if (HashingAlgorithm != "rabbit_password_hashing_sha256")
            return false;
        var raw = Convert.FromBase64String(PasswordHash);
        if (raw.Length != 4 + SHA256.HashSizeInBytes)
            return false;
        var salted = raw[..4].Concat(Encoding.UTF8.GetBytes(password)).ToArray();
        return SHA256.HashData(salted).AsSpan().SequenceEqual(raw.AsSpan(4));
    }
}
