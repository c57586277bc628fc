namespace Orchestrator.RoleAdapter.Scripted;

/// <summary>What the support roles write (documentation_ai, analyst_ai, observability_ai), and the fallback for other names.</summary>
internal static class SupportDocuments
{
    public static ScriptedDocument Documentation(ScriptedContext context) => context.Bad ? new("") : new($$"""
        # Order Tracking Service

        Run {{context.RunId:N}}.

        ## Using the service

        - `POST /orders` places an order; the answer carries its id.
        - `GET /orders/{id}` returns the order and its status.

        ## Operating the service

        - `GET /health` answers `{"status": "ok"}` while the service can reach its database.
        - Roll back by redeploying the previous image; the database schema is backward compatible.

        """);

    public static ScriptedDocument Analysis(ScriptedContext context) => context.Bad ? new("") : new($"""
        # Analysis Report

        Run {context.RunId:N}.

        ## Metrics

        | Metric | Target |
        |--------|--------|
        | p95 latency of GET /orders/id | < 150 ms |
        | Error rate | < 0.1 % |
        | Orders per second at peak | 200 |

        ## Risks

        - Month-end load is about four times the daily mean.
        - Order history grows without bound until a retention rule exists.

        """);

    public static ScriptedDocument MonitoringPlan(ScriptedContext context) => context.Bad ? new("") : new($"""
        # Monitoring Plan

        Run {context.RunId:N}.

        ## Dashboards

        - Requests, errors and latency per endpoint.
        - Database pool usage and slow queries.

        ## Alerts

        - Error rate above 1 % for 5 minutes: page the on-call engineer.
        - Health check failing on any replica for 3 checks: page the on-call engineer.

        ## Service Levels

        - Availability 99.9 % per month; latency p95 below 150 ms.

        """);

    public static ScriptedDocument Generic(string name, ScriptedContext context) => context.Bad ? new("") : new($"""
        # {name}

        Run {context.RunId:N}. Written by {context.Role} (scripted agent): no specific content is scripted for this artifact.

        """);
}
