using Orchestrator.RoleAdapter.Scripted;
using Xunit;

namespace Orchestrator.RoleAdapter.Tests;

public sealed class When_parsing_a_fault
{
    [Theory]
    [InlineData("fail", FaultKind.Fail, 0)]
    [InlineData(" FLAKE:3 ", FaultKind.Flake, 3)]
    [InlineData("hang", FaultKind.Hang, 0)]
    [InlineData("bad-artifact", FaultKind.BadArtifact, 0)]
    [InlineData("audit-conflict", FaultKind.AuditConflict, 0)]
    [InlineData("incomplete-plan", FaultKind.IncompletePlan, 0)]
    [InlineData("none", FaultKind.None, 0)]
    [InlineData("", FaultKind.None, 0)]
    public void Should_read_every_documented_fault(string text, FaultKind kind, int flakeAttempts)
    {
        Assert.True(RoleFault.TryParse(text, out var fault, out var error));
        Assert.Equal(new RoleFault(kind, flakeAttempts), fault);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("flake")]
    [InlineData("flake:0")]
    [InlineData("flake:-1")]
    [InlineData("flake:two")]
    [InlineData("crash")]
    public void Should_refuse_anything_else_and_say_what_is_accepted(string text)
    {
        Assert.False(RoleFault.TryParse(text, out _, out var error));
        Assert.Equal($"'{text}' is not a fault; use one of: {RoleFault.Syntax}", error);
    }
}
