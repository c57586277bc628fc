using System.Net;
using System.Net.Sockets;

namespace Orchestrator.IntegrationTests.Infrastructure;

public static class FreePort
{
    /// <summary>A TCP port nobody listens on right now (the OS picks it), on 127.0.0.1.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
