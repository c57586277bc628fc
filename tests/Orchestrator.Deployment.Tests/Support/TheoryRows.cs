namespace Orchestrator.Deployment.Tests.Support;

/// <summary>The rows of the theories, computed from the repository so that a new service or role is checked without a test edit.</summary>
public static class TheoryRows
{
    public static TheoryData<string> RunnableProjects() =>
        [.. ServiceProject.All.Values.Where(project => project.IsRunnableService).Select(project => project.Name).Order()];

    /// <summary>Every project that docker-compose.yml builds an image of, once each.</summary>
    public static TheoryData<string> ImageProjects() =>
        [.. ComposeFile.Current.DotnetServices.Select(service => service.Project!).Distinct().Order()];

    public static TheoryData<string> DotnetServices() =>
        [.. ComposeFile.Current.DotnetServices.Select(service => service.Name).Order()];

    public static TheoryData<string> Roles() => [.. PipelineRoles.All];
}
