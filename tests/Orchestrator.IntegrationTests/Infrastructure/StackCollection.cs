namespace Orchestrator.IntegrationTests.Infrastructure;

/// <summary>Every integration test class joins this collection, so the servers start once per test run.</summary>
[CollectionDefinition(Name)]
public sealed class StackCollection : ICollectionFixture<StackFixture>
{
    public const string Name = "real RabbitMQ and PostgreSQL";
}
