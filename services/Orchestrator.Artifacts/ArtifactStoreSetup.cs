using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Orchestrator.Artifacts;

public static class ArtifactStoreSetup
{
    /// <summary>
    /// Registers <see cref="ArtifactStore"/> as a singleton, with <see cref="ArtifactStoreOptions"/> bound from the
    /// <c>Artifacts</c> section of <paramref name="configuration"/> and validated at start.
    /// </summary>
    public static IServiceCollection AddArtifactStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ArtifactStoreOptions>()
            .Bind(configuration.GetSection(ArtifactStoreOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Root),
                "Artifacts:Root is empty: set it (environment variable Artifacts__Root) to the folder of the artifact store.")
            .ValidateOnStart();
        services.AddSingleton(sp => new ArtifactStore(sp.GetRequiredService<IOptions<ArtifactStoreOptions>>().Value));
        return services;
    }
}
