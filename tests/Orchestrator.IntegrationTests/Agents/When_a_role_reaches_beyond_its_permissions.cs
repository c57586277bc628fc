using System.Text;
using Orchestrator.IntegrationTests.Infrastructure;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace Orchestrator.IntegrationTests.Agents;

/// <summary>
/// The broker itself keeps a role's user (permissions as shipped in infra/rabbitmq/definitions.json) to its own
/// queue and its own answers: another role's tasks and the operators' commands are refused with ACCESS_REFUSED.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class When_a_role_reaches_beyond_its_permissions(StackFixture stack) : IAsyncLifetime
{
    const string Qa = "role-qa-ai";
    TestEnvironment environment = null!;
    IConnection qa = null!;

    public async Task InitializeAsync()
    {
        environment = await stack.CreateEnvironmentAsync("permissions");
        await environment.CreateShippedUserAsync(Qa);
        // What the services would have declared: the queues of two roles and the operators' command exchanges.
        await using var admin = await Connect(environment.Broker.Username, environment.Broker.Password);
        await using var channel = await admin.CreateChannelAsync();
        foreach (var queue in new[] { "role-qa-ai", "role-codegen-ai" })
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        foreach (var command in new[] { "StartPipeline", "HaltPipeline", "ArtifactReady" })
            await channel.ExchangeDeclareAsync($"Orchestrator.Contracts:{command}", ExchangeType.Fanout, durable: true);
        qa = await Connect(Qa, Qa);
    }

    Task<IConnection> Connect(string user, string password) => new ConnectionFactory
    {
        HostName = environment.Broker.Host, Port = environment.Broker.Port, VirtualHost = environment.VirtualHost,
        UserName = user, Password = password,
    }.CreateConnectionAsync();

    static async Task<ushort> RefusalOf(IChannel channel, Func<Task> action)
    {
        var error = await Record.ExceptionAsync(action);
        Assert.True(error is OperationInterruptedException or AlreadyClosedException or PublishException, $"expected a refusal, got {error}");
        await Eventually.True(() => Task.FromResult(channel.IsClosed), TimeSpan.FromSeconds(10), "the channel to be closed by the broker");
        return channel.CloseReason!.ReplyCode;
    }

    [Fact]
    public async Task Should_refuse_reading_another_roles_queue_but_allow_its_own()
    {
        await using var own = await qa.CreateChannelAsync();
        Assert.Null(await own.BasicGetAsync("role-qa-ai", autoAck: false));

        await using var other = await qa.CreateChannelAsync();
        Assert.Equal(403, await RefusalOf(other, () => other.BasicGetAsync("role-codegen-ai", autoAck: false)));
        await using var consumer = await qa.CreateChannelAsync();
        Assert.Equal(403, await RefusalOf(consumer, () => consumer.BasicConsumeAsync("role-codegen-ai", false, new AsyncEventingBasicConsumer(consumer))));
    }

    [Theory]
    [InlineData("StartPipeline")]
    [InlineData("HaltPipeline")]
    public async Task Should_refuse_publishing_an_operator_command(string command)
    {
        await using var channel = await qa.CreateChannelAsync(new CreateChannelOptions(true, true));
        var body = Encoding.UTF8.GetBytes("""{"runId":"3f2b8a61-7c1e-4a55-9d0e-2b6f1c9e4a10","requestedBy":"qa","reason":"x"}""");

        Assert.Equal(403, await RefusalOf(channel, async () =>
            await channel.BasicPublishAsync($"Orchestrator.Contracts:{command}", "", false, new BasicProperties { UserId = Qa }, body)));
    }

    [Fact]
    public async Task Should_allow_publishing_its_own_answers()
    {
        await using var channel = await qa.CreateChannelAsync(new CreateChannelOptions(true, true));

        await channel.BasicPublishAsync("Orchestrator.Contracts:ArtifactReady", "", false, new BasicProperties { UserId = Qa }, "{}"u8.ToArray());

        Assert.True(channel.IsOpen);
    }

    public async Task DisposeAsync()
    {
        await qa.DisposeAsync();
        await environment.DisposeAsync();
    }
}
