using System.Text.Json;
using System.Text.Json.Serialization;

namespace Orchestrator.StateWriter;

/// <summary>
/// Source-generated serializer for the state file: no reflection at run time, and the cost of writing thousands of runs
/// is the cost of the bytes, not of metadata lookups.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    WriteIndented = true,
    IndentSize = 2,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(WorkflowStateDocument))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
