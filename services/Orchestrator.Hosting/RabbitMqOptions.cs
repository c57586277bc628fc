using System.ComponentModel.DataAnnotations;

namespace Orchestrator.Hosting;

/// <summary>Where the broker is. Bound from the <c>RabbitMq</c> section (environment: <c>RabbitMq__Host</c>, …).</summary>
public sealed class RabbitMqOptions
{
    public const string Section = "RabbitMq";

    [Required(ErrorMessage = "RabbitMq:Host is not set (environment variable RabbitMq__Host).")]
    public string Host { get; set; } = "127.0.0.1";

    [Range(1, 65535, ErrorMessage = "RabbitMq:Port must be a TCP port (1-65535).")]
    public int Port { get; set; } = 5673;

    [Required(ErrorMessage = "RabbitMq:VirtualHost is not set (environment variable RabbitMq__VirtualHost).")]
    public string VirtualHost { get; set; } = "orchestrator";

    [Required(ErrorMessage = "RabbitMq:Username is not set (environment variable RabbitMq__Username).")]
    public string Username { get; set; } = "orchestrator";

    [Required(ErrorMessage = "RabbitMq:Password is not set (environment variable RabbitMq__Password).")]
    public string Password { get; set; } = "orchestrator";

    /// <summary>Prefetch per receive endpoint; MassTransit's concurrency follows it unless an endpoint says otherwise.</summary>
    [Range(1, 10_000)]
    public ushort PrefetchCount { get; set; } = 32;
}
