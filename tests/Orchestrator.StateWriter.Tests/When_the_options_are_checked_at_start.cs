using Microsoft.Extensions.Options;
using Orchestrator.StateWriter.Tests.Support;

namespace Orchestrator.StateWriter.Tests;

public sealed class When_the_options_are_checked_at_start : IDisposable
{
    readonly TempFolder folder = new();

    [Fact]
    public void Should_accept_the_defaults() => Assert.True(Validate(new StateWriterOptions()).Succeeded);

    [Theory]
    [InlineData("", "StateWriter:Path is not set")]
    [InlineData("state/", "names a folder")]
    public void Should_name_the_setting_and_what_to_do(string path, string expected)
    {
        var result = Validate(new StateWriterOptions { Path = path });

        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_an_existing_folder() =>
        Assert.Contains("is an existing folder", Validate(new StateWriterOptions { Path = folder.Path }).FailureMessage,
            StringComparison.Ordinal);

    [Fact]
    public void Should_refuse_a_poll_interval_out_of_range() =>
        Assert.Contains("StandbyPollInterval", Validate(new StateWriterOptions { StandbyPollInterval = TimeSpan.Zero }).FailureMessage,
            StringComparison.Ordinal);

    public void Dispose() => folder.Dispose();

    /// <summary>The validator ValidateDataAnnotations registers, so this checks what the host checks at start.</summary>
    static ValidateOptionsResult Validate(StateWriterOptions options) =>
        new DataAnnotationValidateOptions<StateWriterOptions>(Options.DefaultName).Validate(Options.DefaultName, options);
}
