using System.Globalization;

namespace Orchestrator.RoleAdapter.Scripted;

/// <summary>A fault the scripted agent plays, written as <see cref="Syntax"/>.</summary>
public sealed record RoleFault(FaultKind Kind, int FlakeAttempts = 0)
{
    public const string Syntax = "none, fail, flake:N (the first N attempts fail), hang, bad-artifact, audit-conflict, incomplete-plan";

    public static RoleFault None { get; } = new(FaultKind.None);

    /// <summary>True when <paramref name="text"/> is a fault; otherwise <paramref name="error"/> says what is accepted.</summary>
    public static bool TryParse(string? text, out RoleFault fault, out string error)
    {
        error = "";
        var value = text?.Trim().ToLowerInvariant() ?? "";
        fault = value switch
        {
            "" or "none" => None,
            "fail" => new RoleFault(FaultKind.Fail),
            "hang" => new RoleFault(FaultKind.Hang),
            "bad-artifact" => new RoleFault(FaultKind.BadArtifact),
            "audit-conflict" => new RoleFault(FaultKind.AuditConflict),
            "incomplete-plan" => new RoleFault(FaultKind.IncompletePlan),
            _ when value.StartsWith("flake:", StringComparison.Ordinal)
                && int.TryParse(value["flake:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                => new RoleFault(FaultKind.Flake, n),
            _ => None,
        };
        if (fault != None || value is "" or "none")
            return true;
        error = $"'{text}' is not a fault; use one of: {Syntax}";
        return false;
    }

    public override string ToString() => Kind switch
    {
        FaultKind.Flake => $"flake:{FlakeAttempts}",
        FaultKind.BadArtifact => "bad-artifact",
        FaultKind.AuditConflict => "audit-conflict",
        FaultKind.IncompletePlan => "incomplete-plan",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
