using System.ComponentModel.DataAnnotations;

namespace Orchestrator.Gates;

public sealed class GateOptions
{
    /// <summary>Read from <c>Definitions:Path</c>, the same setting the orchestrator uses.</summary>
    public const string Section = "Definitions";

    [Required(ErrorMessage = "Definitions:Path is not set: the folder with pipeline.yaml and the gate files.")]
    public string Path { get; set; } = "gates";
}
