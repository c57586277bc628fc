using System.ComponentModel.DataAnnotations;

namespace Orchestrator.Service.Definitions;

public sealed class DefinitionOptions
{
    public const string Section = "Definitions";

    /// <summary>The folder holding pipeline.yaml and the gate files.</summary>
    [Required(ErrorMessage = "Definitions:Path is not set: the folder with pipeline.yaml and the gate files.")]
    public string Path { get; set; } = "gates";
}
