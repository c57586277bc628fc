using System.Net;
using System.Net.Sockets;

namespace Orchestrator.IntegrationTests.Infrastructure;

/// <summary>
/// TCP ports for the services and servers the tests start. They come from below the kernel's ephemeral range (32768 and
/// up on Linux): a port the OS picks there can be taken by any outgoing connection (to RabbitMQ, to PostgreSQL) between
/// the pick and the service's bind, and a service that lost its port broke a whole-run test. Within one test run no port
/// is handed out twice.
/// </summary>
public static class FreePort
{
    const int First = 20000;
    const int Last = 32000;
    static readonly Lock Gate = new();
    static int next = First + Random.Shared.Next(Last - First);

    /// <summary>A TCP port nobody listens on right now on 127.0.0.1, not handed out before by this test run.</summary>
    public static int Next()
    {
        lock (Gate)
        {
            for (var tried = 0; tried <= Last - First; tried++)
            {
                var port = next;
                next = next == Last ? First : next + 1;
                if (IsFree(port))
                    return port;
            }
        }
        throw new InvalidOperationException($"No free TCP port between {First} and {Last} on 127.0.0.1.");
    }

    static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
