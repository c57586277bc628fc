using MassTransit;
using MassTransit.RabbitMqTransport;

namespace Orchestrator.Hosting;

/// <summary>
/// Plain JSON carries no message type, so MassTransit would offer its body to every consumer of the endpoint (an
/// ArtifactReady read as a RoleTaskFailed, too). The exchange it was published to names the message: only the
/// consumer of that type gets it. Plain JSON that names no type at all (neither through a contract exchange nor an
/// <c>MT-MessageType</c> header) is refused and lands in <c>_error</c> with the reason.
/// </summary>
public sealed class PlainJsonTypeGuard<T> : IFilter<ConsumeContext<T>> where T : class
{
    const string ContractExchangePrefix = "Orchestrator.Contracts:";

    public Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var receive = context.ReceiveContext;
        if (receive.ContentType?.MediaType != "application/json" || receive.TransportHeaders.TryGetHeader("MT-MessageType", out _))
            return next.Send(context);
        var exchange = receive.TryGetPayload<RabbitMqReceiveContext>(out var rabbit) ? rabbit.Exchange : "";
        if (!exchange.StartsWith(ContractExchangePrefix, StringComparison.Ordinal))
            throw new InvalidOperationException(
                $"Plain JSON arrived through exchange '{exchange}', which names no message: publish it to the exchange " +
                $"{ContractExchangePrefix}<Message> (for example {ContractExchangePrefix}ArtifactReady), or set the header " +
                "MT-MessageType: urn:message:Orchestrator.Contracts:<Message>.");
        return exchange.AsSpan(ContractExchangePrefix.Length).SequenceEqual(typeof(T).Name)
            ? next.Send(context)
            : Task.CompletedTask;
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("plainJsonTypeGuard");
}
