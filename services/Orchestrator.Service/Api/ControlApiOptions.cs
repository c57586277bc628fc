namespace Orchestrator.Service.Api;

/// <summary>Settings of the HTTP control API. Section <c>ControlApi</c> (environment: <c>ControlApi__ApiKey</c>).</summary>
public sealed class ControlApiOptions
{
    public const string Section = "ControlApi";

    public const int MinimumKeyLength = 16;

    public const string KeyTooShort =
        "ControlApi:ApiKey (environment variable ControlApi__ApiKey) must be at least 16 characters; " +
        "leave it unset or empty to serve the API without a key.";

    /// <summary>
    /// When set, every route but <c>/health/*</c> and <c>/openapi/*</c> requires the header <c>X-Api-Key</c> with this
    /// value. Empty counts as unset, so a deployment can pass an optional variable through unchanged.
    /// </summary>
    public string? ApiKey { get; set; }

    public bool RequiresKey => !string.IsNullOrEmpty(ApiKey);

    public static bool IsValid(ControlApiOptions options) => !options.RequiresKey || options.ApiKey!.Length >= MinimumKeyLength;
}
