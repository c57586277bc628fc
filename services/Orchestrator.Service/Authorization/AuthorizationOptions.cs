namespace Orchestrator.Service.Authorization;

/// <summary>Who may speak for a role. Section <c>Authorization</c>.</summary>
public sealed class AuthorizationOptions
{
    public const string Section = "Authorization";

    /// <summary>
    /// RabbitMQ users allowed to act for any role, such as a role adapter that runs under a service identity.
    /// Each role's own user is <c>role-&lt;role&gt;</c> (<c>role-qa-ai</c> for qa_ai) and needs no entry.
    /// </summary>
    public List<string> TrustedPublishers { get; set; } = ["orchestrator"];
}
