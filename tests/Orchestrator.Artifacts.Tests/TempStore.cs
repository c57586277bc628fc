using Orchestrator.Artifacts;

namespace Orchestrator.Artifacts.Tests;

/// <summary>A store rooted in a fresh temporary folder, with a sibling folder that stands for "outside the root".</summary>
public sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Base = Directory.CreateTempSubdirectory("artifacts-tests-").FullName;
        Root = Directory.CreateDirectory(Path.Combine(Base, "root")).FullName;
        Outside = Directory.CreateDirectory(Path.Combine(Base, "outside")).FullName;
        Store = new ArtifactStore(new ArtifactStoreOptions { Root = Root });
    }

    public string Base { get; }

    public string Root { get; }

    public string Outside { get; }

    public ArtifactStore Store { get; }

    public void Dispose() => Directory.Delete(Base, recursive: true);
}
