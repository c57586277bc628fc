namespace Orchestrator.Cli;

/// <summary>How <c>watch</c> (and <c>run --watch</c>) shows a run.</summary>
internal enum WatchMode
{
    /// <summary>A panel redrawn in place; the default on a terminal.</summary>
    Live,

    /// <summary>One line per new snapshot; the default when the output is not a terminal, or with <c>--plain</c>.</summary>
    Lines,

    /// <summary>One compact JSON snapshot per line, with <c>--json</c>.</summary>
    Json,
}

/// <summary>Chooses the <see cref="WatchMode"/> from the options and whether the output is a terminal.</summary>
internal static class WatchModes
{
    public static readonly string[] Flags = ["--json", "--plain"];

    public static WatchMode Of(CliArgs args) =>
        args.Has("--json") ? WatchMode.Json
        : args.Has("--plain") || Console.IsOutputRedirected ? WatchMode.Lines
        : WatchMode.Live;
}
