using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Observability;

/// <summary>A stand-in OpenTelemetry collector: accepts OTLP/HTTP exports and keeps each request's path and body.</summary>
public sealed class OtlpReceiver : IDisposable
{
    readonly HttpListener listener = new();
    readonly ConcurrentQueue<(string Path, byte[] Body)> received = new();

    public OtlpReceiver()
    {
        Endpoint = $"http://127.0.0.1:{FreePort.Next()}";
        listener.Prefixes.Add(Endpoint + "/");
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string Endpoint { get; }

    /// <summary>Whether an export to <paramref name="path"/> (as text: protobuf keeps strings as UTF-8) contains every one of <paramref name="texts"/>.</summary>
    public bool Received(string path, params string[] texts) =>
        received.Any(r => r.Path == path && texts.All(Encoding.UTF8.GetString(r.Body).Contains));

    async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            received.Enqueue((context.Request.Url!.AbsolutePath, body.ToArray()));
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
    }
}
