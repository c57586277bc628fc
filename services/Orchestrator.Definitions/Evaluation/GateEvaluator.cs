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

            failures.AddRange(Missing(gate, input));
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

    // An artifact_exists rule on the input reports it under its own id; otherwise it is reported
    // once as required_input, blocking when a blocking condition needed it.
    private static IEnumerable<RuleOutcome> Missing(GateDefinition gate, string input)
    {
        var message = $"required input {input} is missing: the role that produces it has not published it for this run";
        var existsRules = gate.AllRules.OfType<ArtifactExistsRule>().Where(r => r.Artifact == input).ToList();
        return existsRules.Count > 0
            ? existsRules.Select(r => new RuleOutcome(r.Id, message, gate.IsBlocking(r)))
            : [new RuleOutcome(RequiredInputRuleId, message, gate.BlockingConditions.Any(r => r.Artifacts.Contains(input)))];
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
