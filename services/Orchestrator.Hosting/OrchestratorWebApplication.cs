using Microsoft.AspNetCore.Builder;

namespace Orchestrator.Hosting;

public static class OrchestratorWebApplication
{
    /// <summary>
    /// A web application builder whose content root is the service's own folder, not the working directory. The
    /// host watches its content root, with every folder below it, for changes to appsettings files; started from
    /// a repository with the local stack's data inside it, a service was watching thousands of folders and woken
    /// by every write of PostgreSQL, RabbitMQ and the artifact store. Relative paths in the settings (such as
    /// <c>Definitions:Path</c>) still resolve against the working directory.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string[] args) =>
        WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
}
