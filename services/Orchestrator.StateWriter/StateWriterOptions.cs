using System.ComponentModel.DataAnnotations;

namespace Orchestrator.StateWriter;

/// <summary>Where the state file lives. Bound from the <c>StateWriter</c> section (environment: <c>StateWriter__Path</c>).</summary>
internal sealed class StateWriterOptions : IValidatableObject
{
    public const string Section = "StateWriter";

    /// <summary>The state file; a relative path is resolved against the working directory, like the CLI does.</summary>
    [Required(ErrorMessage = "StateWriter:Path is not set (environment variable StateWriter__Path).")]
    public string Path { get; set; } = ".local/state/workflow_state.json";

    /// <summary>How often a standby instance retries the lock; bounds how long a failover takes after the active writer dies.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00",
        ErrorMessage = "StateWriter:StandbyPollInterval must be between 00:00:00.010 and 00:01:00.")]
    public TimeSpan StandbyPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    // Methods, not properties: the options validator reads every property, and these throw on an empty Path.
    public string FullPath() => System.IO.Path.GetFullPath(Path);

    public string LockPath() => FullPath() + ".lock";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Path))
            yield break;
        if (string.IsNullOrEmpty(System.IO.Path.GetFileName(Path)))
            yield return new ValidationResult(
                $"StateWriter:Path '{Path}' names a folder; give a file, for example '{System.IO.Path.Combine(Path, "workflow_state.json")}'.",
                [nameof(Path)]);
        else if (Directory.Exists(Path))
            yield return new ValidationResult(
                $"StateWriter:Path '{Path}' is an existing folder; give a file inside it, for example '{System.IO.Path.Combine(Path, "workflow_state.json")}'.",
                [nameof(Path)]);
    }
}
