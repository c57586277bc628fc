using Microsoft.AspNetCore.Diagnostics;

namespace Orchestrator.Service.Api;

/// <summary>
/// Answers that ASP.NET Core ends without a body (unreadable JSON, an unknown route, a wrong method or content type)
/// get the same <c>{"error": …}</c> as the routes' own refusals, so a script never has to parse two shapes.
/// </summary>
public static class EmptyErrorBodies
{
    public static Task Write(StatusCodeContext context)
    {
        var response = context.HttpContext.Response;
        var error = response.StatusCode switch
        {
            StatusCodes.Status400BadRequest => "the request could not be read: check its parameters and JSON body against /openapi/v1.json",
            StatusCodes.Status404NotFound => $"no route {context.HttpContext.Request.Path}: the routes are listed in /openapi/v1.json",
            StatusCodes.Status405MethodNotAllowed => $"{context.HttpContext.Request.Method} is not allowed on {context.HttpContext.Request.Path} (see /openapi/v1.json)",
            StatusCodes.Status415UnsupportedMediaType => "send the body as JSON with the header Content-Type: application/json",
            var code => $"HTTP {code}",
        };
        return response.WriteAsJsonAsync(new ApiError(error));
    }
}
