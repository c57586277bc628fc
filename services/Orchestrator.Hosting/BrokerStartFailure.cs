using RabbitMQ.Client.Exceptions;

namespace Orchestrator.Hosting;

/// <summary>Turns the bus's failure to connect at start into one line that names the setting to fix.</summary>
public static class BrokerStartFailure
{
    /// <summary>The line for <paramref name="error"/>, or null when it is not a failure to reach or log in to RabbitMQ.</summary>
    public static string? Explain(Exception error, RabbitMqOptions broker)
    {
        var chain = Chain(error).ToList();
        var where = $"{broker.Host}:{broker.Port}, virtual host '{broker.VirtualHost}'";
        if (chain.OfType<AuthenticationFailureException>().Any())
            return $"RabbitMQ at {where} refused the login of user '{broker.Username}': check RabbitMq__Username and RabbitMq__Password.";
        if (chain.OfType<OperationInterruptedException>().Any(e => e.ShutdownReason?.ReplyCode == 530))
            return $"RabbitMQ user '{broker.Username}' may not use virtual host '{broker.VirtualHost}' at {broker.Host}:{broker.Port}: check RabbitMq__VirtualHost, or the user's permissions.";
        if (chain.OfType<BrokerUnreachableException>().Any())
            return $"RabbitMQ is not reachable at {where}: check RabbitMq__Host and RabbitMq__Port, and that the broker runs.";
        return null;
    }

    static IEnumerable<Exception> Chain(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                    yield return inner;
        }
    }
}
