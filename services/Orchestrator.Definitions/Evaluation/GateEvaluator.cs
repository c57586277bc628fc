using System.Text.RegularExpressions;

namespace Orchestrator.Definitions;

/// <summary>Evaluates a gate's rules against a run's artifacts.</summary>
public static class GateEvaluator
{
    /// <summary>The rule id a missing required input is reported under.</summary>
    public const string RequiredInputRuleId = "required_input";

    /// <summary>
    /// Reads the gate's required inputs, reports each missing one once (blocking when a
    /// blocking condition reads it), and evaluates every rule whose artifacts are all present.
    /// </summary>
    public static async Task<GateEvaluation> EvaluateAsync(
        GateDefinition gate,
        IArtifactReader reader,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(reader);

        var present = new Dictionary<string, ArtifactContent>(StringComparer.Ordinal);
        var failures = new List<RuleOutcome>();
        foreach (var input in gate.RequiredInputs)
        {
            if (await reader.ReadAsync(input, cancellationToken).ConfigureAwait(false) is { } content)
            {
                present[input] = content;
                continue;
            }

            var blocking = gate.BlockingConditions.Any(r => r.Artifacts.Contains(input));
            failures.Add(new RuleOutcome(
                RequiredInputRuleId,
                $"required input {input} is missing: the role that produces it has not published it for this run",
                blocking));
        }

        var artifacts = new ArtifactSet(present);
        foreach (var rule in gate.AllRules.Where(r => r.Artifacts.All(present.ContainsKey)))
        {
            if (Check(rule, artifacts) is { } problem)
            {
                failures.Add(new RuleOutcome(rule.Id, problem, gate.IsBlocking(rule)));
            }
        }

        return new GateEvaluation(gate.Id, failures.Count == 0, failures);
    }

    private static string? Check(GateRule rule, ArtifactSet artifacts)
    {
        try
        {
            return rule.Check(artifacts);
        }
        catch (RegexMatchTimeoutException)
        {
            return $"the pattern of rule {rule.Id} took too long on this artifact; simplify the pattern";
        }
    }
}
