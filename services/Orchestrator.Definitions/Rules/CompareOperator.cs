namespace Orchestrator.Definitions;

public enum CompareOperator
{
    Equal,
    NotEqual,
    LessThan,
    GreaterThan,
    Exists,
}
