using System.Text.Json;
using MassTransit;

namespace Orchestrator.StateWriter.Tests.Support;

/// <summary>Reads the bus's own description of its topology: which exchanges, queues and endpoints exist right now.</summary>
public static class BusProbe
{
    public static IReadOnlySet<string> Names(IBusControl bus)
    {
        using var probe = JsonDocument.Parse(JsonSerializer.Serialize(bus.GetProbeResult()));
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(probe.RootElement, names);
        return names;
    }

    static void Collect(JsonElement element, HashSet<string> names)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "name" && property.Value.ValueKind == JsonValueKind.String)
                    names.Add(property.Value.GetString()!);
                Collect(property.Value, names);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                Collect(item, names);
        }
    }
}
