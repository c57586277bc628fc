using System.Data.Common;
using System.Text.RegularExpressions;
using Orchestrator.Deployment.Tests.Support;

namespace Orchestrator.Deployment.Tests;

public sealed partial class When_postgres_starts_on_an_empty_volume
{
    const string Script = "infra/postgres/01-roles.sql";

    static ComposeService Postgres => ComposeFile.Current.Service("postgres");

    static string ScriptText => File.ReadAllText(Repository.PathOf(Script));

    [Fact]
    public void Should_run_the_role_script()
    {
        Assert.Contains(Postgres.Volumes, volume => volume.Source == "./" + Script && volume.Target.StartsWith("/docker-entrypoint-initdb.d/", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_give_the_script_every_variable_it_reads()
    {
        var read = GetEnv().Matches(ScriptText).Select(match => match.Groups["variable"].Value).ToList();

        Assert.NotEmpty(read);
        Assert.All(read, variable => Assert.True(Postgres.Environment.ContainsKey(variable), $"{Script} reads {variable}, which the postgres service does not set."));
    }

    [Theory]
    [InlineData("ConnectionStrings__Migrations", true)]
    [InlineData("ConnectionStrings__Orchestrator", false)]
    public void Should_create_the_roles_the_orchestrator_connects_with(string setting, bool owner)
    {
        var orchestrator = ComposeFile.Current.DotnetServices.Single(service => service.Project == "Orchestrator.Service");
        var connection = new DbConnectionStringBuilder { ConnectionString = ComposeValue.WithDefaults(orchestrator.Setting(setting) ?? "") };
        var username = (string)connection["Username"];
        var database = Regex.Escape((string)connection["Database"]);
        var role = Regex.Match(ScriptText, $@"CREATE ROLE {Regex.Escape(username)} LOGIN PASSWORD :'(?<psql>\w+)'");

        Assert.True(role.Success, $"{Script} does not create the role '{username}' that {setting} names.");
        Assert.Matches(owner ? $@"CREATE DATABASE {database} OWNER {Regex.Escape(username)}" : $@"GRANT CONNECT ON DATABASE {database} TO {Regex.Escape(username)}", ScriptText);
        var variable = GetEnv().Matches(ScriptText).Single(match => match.Groups["psql"].Value == role.Groups["psql"].Value).Groups["variable"].Value;
        Assert.Equal(ComposeValue.WithDefaults(Postgres.Setting(variable) ?? ""), (string)connection["Password"]);
    }

    [GeneratedRegex(@"\\getenv\s+(?<psql>\w+)\s+(?<variable>\w+)")]
    private static partial Regex GetEnv();
}
