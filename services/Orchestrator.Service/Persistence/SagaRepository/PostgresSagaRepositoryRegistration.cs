using MassTransit;
using MassTransit.Configuration;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;

namespace Orchestrator.Service.Persistence.SagaRepository;

public static class PostgresSagaRepositoryRegistration
{
    /// <summary>Stores the saga in PostgreSQL through <typeparamref name="TDbContext"/> (which must be registered with a factory).</summary>
    public static ISagaRegistrationConfigurator<TSaga> PostgresRepository<TSaga, TDbContext>(this ISagaRegistrationConfigurator<TSaga> saga)
        where TSaga : class, ISaga
        where TDbContext : DbContext
    {
        saga.Repository(repository =>
        {
            repository.RegisterLoadSagaRepository<TSaga, PostgresSagaRepositoryContextFactory<TSaga, TDbContext>>();
            repository.RegisterQuerySagaRepository<TSaga, PostgresSagaRepositoryContextFactory<TSaga, TDbContext>>();
            repository.RegisterSagaRepository<TSaga, DbContext, SagaConsumeContextFactory<DbContext, TSaga>,
                PostgresSagaRepositoryContextFactory<TSaga, TDbContext>>();
        });
        return saga;
    }
}
