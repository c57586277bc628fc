using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Orchestrator.Service.Api;

/// <summary>
/// Requires <c>X-Api-Key</c> on every request but health checks and the OpenAPI document when
/// <c>ControlApi:ApiKey</c> is set. It runs before routing picks a handler, so an unknown path or a malformed body
/// tells a caller without the key nothing.
/// </summary>
public sealed class ApiKeyMiddleware(RequestDelegate next, IOptions<ControlApiOptions> options)
{
    public const string Header = "X-Api-Key";

    // Comparing hashes keeps the comparison constant-time even when the lengths differ.
    readonly byte[]? expected = options.Value.RequiresKey ? Hash(options.Value.ApiKey!) : null;

    public Task InvokeAsync(HttpContext context)
    {
        if (expected is null || IsOpen(context.Request.Path) || Matches(context.Request.Headers[Header]))
            return next(context);
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return context.Response.WriteAsJsonAsync(new ApiError($"missing or wrong {Header} header: send the key set in ControlApi:ApiKey"));
    }

    static bool IsOpen(PathString path) => path.StartsWithSegments("/health") || path.StartsWithSegments("/openapi");

    bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Hash(presented), expected);

    static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
