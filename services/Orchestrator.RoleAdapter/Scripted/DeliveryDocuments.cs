namespace Orchestrator.RoleAdapter.Scripted;

/// <summary>What codegen_ai, qa_ai and mlops_ai write (gates: code_generation, quality_assurance, deployment).</summary>
internal static class DeliveryDocuments
{
    /// <summary>One text "archive" of the generated files, each introduced by a header line.</summary>
    public static ScriptedDocument SourceCode(ScriptedContext context) => context.Bad
        ? new("")
        : new($$"""
            === src/orders/app.py ===
            # Generated for run {{context.RunId:N}}.
            from http.server import BaseHTTPRequestHandler, HTTPServer
            import json

            ORDERS = {}

            class Handler(BaseHTTPRequestHandler):
                def do_GET(self):
                    if self.path == "/health":
                        return self._send(200, {"status": "ok"})
                    order = ORDERS.get(self.path.rsplit("/", 1)[-1])
                    return self._send(200, order) if order else self._send(404, {"error": "no such order"})

                def _send(self, code, body):
                    self.send_response(code)
                    self.send_header("Content-Type", "application/json")
                    self.end_headers()
                    self.wfile.write(json.dumps(body).encode())

            if __name__ == "__main__":
                HTTPServer(("0.0.0.0", 8080), Handler).serve_forever()
            === tests/test_app.py ===
            def test_health_answers_ok():
                assert True

            """);

    public static ScriptedDocument TestResults(ScriptedContext context)
    {
        var (status, passed, failed) = context.Bad ? ("FAIL", 10, 2) : ("PASS", 12, 0);
        return new($$"""
            {"status":"{{status}}","total":12,"passed":{{passed}},"failed":{{failed}},"skipped":0,"duration_seconds":4.2,"suites":[{"name":"unit","total":9,"failed":{{failed}}},{"name":"integration","total":3,"failed":0}]}

            """, new Dictionary<string, string> { ["status"] = status });
    }

    public static ScriptedDocument DeploymentConfig(ScriptedContext context) => context.Bad
        ? new($"""
            environment: staging
            image: registry.local/orders:{context.ShortRunId}
            replicas: 0

            """)
        : new($"""
            environment: staging
            image: registry.local/orders:{context.ShortRunId}
            replicas: 2
            port: 8080
            health_check:
              path: /health
              interval_seconds: 10
              timeout_seconds: 2
            resources:
              cpu: 500m
              memory: 256Mi
            rollback:
              strategy: previous_image
              on_failed_health_checks: 3

            """);
}
