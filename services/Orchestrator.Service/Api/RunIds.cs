namespace Orchestrator.Service.Api;

/// <summary>Run ids in routes are parsed by hand, so a malformed one gets a 400 that says so instead of a bare 404.</summary>
public static class RunIds
{
    public static bool TryParse(string text, out Guid runId, out ApiError? error)
    {
        error = Guid.TryParse(text, out runId) ? null : new ApiError($"'{text}' is not a run id: give the run's GUID");
        return error is null;
    }

    public static string StatusUrl(Guid runId) => $"/status/{runId}";

    public static ApiError NotFound(Guid runId) => new($"no run {runId}: list the runs with GET /status");
}
