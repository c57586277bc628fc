using System.Text.Json;

namespace Orchestrator.IntegrationTests.StateFile;

/// <summary>Reads workflow_state.json in a loop, as an impatient operator's script would, and counts what it must never see.</summary>
public sealed class StateFileReader(string path)
{
    readonly Dictionary<string, int> sagaVersions = [];
    long fileVersion;

    public int Reads { get; private set; }
    public List<string> Torn { get; } = [];
    public List<string> WentBack { get; } = [];

    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await Task.Yield();
            byte[] bytes;
            try { bytes = await File.ReadAllBytesAsync(path, CancellationToken.None); }
            catch (FileNotFoundException) { continue; }
            catch (DirectoryNotFoundException) { continue; }
            Reads++;
            Check(bytes);
        }
    }

    void Check(byte[] bytes)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(bytes); }
        catch (JsonException e) { Torn.Add($"{bytes.Length} bytes: {e.Message}"); return; }
        using (document)
        {
            var version = document.RootElement.GetProperty("version").GetInt64();
            if (version < fileVersion)
                WentBack.Add($"file version {version} after {fileVersion}");
            fileVersion = Math.Max(fileVersion, version);
            foreach (var run in document.RootElement.GetProperty("runs").EnumerateObject())
            {
                var saga = run.Value.GetProperty("sagaVersion").GetInt32();
                if (saga < sagaVersions.GetValueOrDefault(run.Name))
                    WentBack.Add($"run {run.Name} saga version {saga} after {sagaVersions[run.Name]}");
                sagaVersions[run.Name] = Math.Max(saga, sagaVersions.GetValueOrDefault(run.Name));
            }
        }
    }
}
