using Microsoft.Extensions.Options;
using Orchestrator.Hosting;

namespace Orchestrator.Service.Authorization;

/// <summary>A role may only speak for itself: its artifacts and results must come from its own RabbitMQ user.</summary>
public sealed class PublisherCheck(IOptions<AuthorizationOptions> options)
{
    /// <summary>Null when <paramref name="userId"/> may speak for <paramref name="role"/>; otherwise why not.</summary>
    public string? Refusal(string? userId, string role)
    {
        var roleUser = QueueNames.Role(role);
        if (userId is null)
            return $"the message carries no user id; publish it with the AMQP property user_id set to your RabbitMQ user ({roleUser} for {role})";
        if (userId == roleUser || options.Value.TrustedPublishers.Contains(userId, StringComparer.Ordinal))
            return null;
        return $"it was published by RabbitMQ user '{userId}', but the task belongs to {role} (user {roleUser})";
    }
}
