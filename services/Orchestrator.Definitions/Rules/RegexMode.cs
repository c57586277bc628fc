namespace Orchestrator.Definitions;

public enum RegexMode
{
    MustMatch,
    MustNotMatch,
}
