using Orchestrator.Service.Api;

// In the root namespace, as OrchestratorSetup is, so Program.cs needs no extra using.
namespace Orchestrator.Service;

/// <summary>The operators' HTTP API: the specification's triggers as routes, JSON in and out, OpenAPI at <c>/openapi/v1.json</c>.</summary>
public static class ControlApiSetup
{
    /// <summary>Where the orchestrator listens unless told otherwise: loopback only, so an unprotected API is not on the network by accident.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplicationBuilder AddControlApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ControlApiOptions>()
            .BindConfiguration(ControlApiOptions.Section)
            .Validate(ControlApiOptions.IsValid, ControlApiOptions.KeyTooShort)
            .ValidateOnStart();
        builder.Services.AddSingleton<RunQueries>();
        builder.Services.AddOpenApi();
        // Development would otherwise answer unreadable JSON with an exception page instead of a 400 in our shape.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
        if (!HasAddress(builder.Configuration))
            builder.WebHost.UseUrls(DefaultUrl);
        return builder;
    }

    public static WebApplication MapControlApi(this WebApplication app)
    {
        app.UseStatusCodePages(EmptyErrorBodies.Write);
        app.UseMiddleware<ApiKeyMiddleware>();
        app.MapOpenApi();
        app.MapRunPipelineRoute();
        app.MapStatusRoutes();
        app.MapControlRoutes();
        app.MapStateRoutes();
        return app;
    }

    /// <summary>Any of the ways ASP.NET Core is told where to listen (ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS as in the container image, Kestrel endpoints).</summary>
    static bool HasAddress(IConfiguration configuration) =>
        !string.IsNullOrEmpty(configuration["urls"]) || !string.IsNullOrEmpty(configuration["http_ports"])
        || !string.IsNullOrEmpty(configuration["https_ports"]) || configuration.GetSection("Kestrel:Endpoints").Exists();
}
