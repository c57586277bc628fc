using System.Text;

namespace Orchestrator.RoleAdapter.Scripted;

/// <summary>What product_owner_ai and planning_ai write (gate: planning).</summary>
internal static class PlanningDocuments
{
    public static ScriptedDocument Backlog(ScriptedContext context) => context.Bad
        ? new("product: Order tracking service\nitems: []\n")
        : new($"""
            product: Order tracking service
            run: {context.RunId:N}
            items:
              - id: PB-1
                title: Customers can place an order
                priority: high
                acceptance_criteria:
                  - An order with at least one line is accepted and gets an id
                  - An empty order is refused with a clear message
              - id: PB-2
                title: Customers can see the status of their orders
                priority: high
                acceptance_criteria:
                  - The status is one of placed, paid, shipped, delivered
              - id: PB-3
                title: Operators can see the service's health
                priority: medium
                acceptance_criteria:
                  - A health endpoint answers within 200 ms

            """);

    public static ScriptedDocument TechnicalPlan(ScriptedContext context)
    {
        var status = context.Bad ? "draft" : "approved";
        var risks = context.Bad ? "" : """

            ## Risks

            - Load peaks at month end: the database pool is sized for twice the expected peak.
            - Schema changes: migrations run at start-up and are tested against a copy of production.

            """;
        return new($"""
            # Technical Plan

            Run {context.RunId:N}. Status: {status}.

            ## Overview

            An HTTP service that accepts orders, stores them and reports their status. It implements
            backlog items PB-1, PB-2 and PB-3.

            ## Architecture

            - One stateless web service behind the load balancer, two replicas or more.
            - PostgreSQL for orders and order lines; every change in one transaction.
            - A health endpoint for the orchestrator of the platform.
            {risks}
            """, new Dictionary<string, string> { ["status"] = status });
    }

    public static ScriptedDocument TaskBreakdown(ScriptedContext context)
    {
        if (context.Bad)
            return new("tasks:\n  - title: Do everything\n");
        var yaml = new StringBuilder().Append("run: ").Append(context.RunId.ToString("N")).Append("\ntasks:\n");
        var previous = (string?)null;
        foreach (var (id, title) in ScriptedTasks.Default)
        {
            yaml.Append("  - id: ").Append(id).Append('\n')
                .Append("    title: ").Append(title).Append('\n')
                .Append("    estimate_days: 2\n")
                .Append("    depends_on: [").Append(previous).Append("]\n");
            previous = id;
        }
        return new(yaml.ToString());
    }
}
