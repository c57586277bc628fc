using System.Globalization;

namespace Orchestrator.Definitions;

/// <summary>
/// Compares a document value with a rule's expected value: as numbers when both are numbers,
/// as booleans when both are booleans, else as exact text.
/// </summary>
internal static class ScalarComparison
{
    /// <summary>Null when the comparison holds, else what the value is instead.</summary>
    public static string? Check(DataNode node, CompareOperator op, string? expected)
    {
        if (op == CompareOperator.Exists)
        {
            return null;
        }

        if (node is not DataScalar scalar)
        {
            return $"is {node.Describe()}, not a single value";
        }

        var actual = scalar.Text ?? "null";
        var wanted = expected ?? "null";
        var holds = op switch
        {
            CompareOperator.Equal => AreEqual(actual, wanted),
            CompareOperator.NotEqual => !AreEqual(actual, wanted),
            _ => CompareNumbers(actual, wanted) is { } order && (op == CompareOperator.LessThan ? order < 0 : order > 0),
        };

        if (holds)
        {
            return null;
        }

        return op is CompareOperator.LessThan or CompareOperator.GreaterThan && CompareNumbers(actual, wanted) is null
            ? $"is {scalar.Describe()}, which cannot be compared as a number with {wanted}"
            : $"is {scalar.Describe()}, expected {Describe(op)} {wanted}";
    }

    public static string Describe(CompareOperator op) => op switch
    {
        CompareOperator.Equal => "equal to",
        CompareOperator.NotEqual => "not equal to",
        CompareOperator.LessThan => "less than",
        CompareOperator.GreaterThan => "greater than",
        _ => "present",
    };

    private static bool AreEqual(string actual, string expected)
    {
        if (CompareNumbers(actual, expected) is { } order)
        {
            return order == 0;
        }

        if (bool.TryParse(actual, out var a) && bool.TryParse(expected, out var b))
        {
            return a == b;
        }

        return string.Equals(actual, expected, StringComparison.Ordinal);
    }

    private static int? CompareNumbers(string actual, string expected) =>
        TryNumber(actual, out var a) && TryNumber(expected, out var b) ? a.CompareTo(b) : null;

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
