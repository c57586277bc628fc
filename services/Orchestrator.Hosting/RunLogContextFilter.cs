using System.Reflection;
using MassTransit;
using SerilogContext = Serilog.Context.LogContext;

namespace Orchestrator.Hosting;

/// <summary>
/// Every log line written while a message is consumed carries the message's <c>RunId</c>, <c>Role</c> and
/// <c>Gate</c> (when it has them) as properties, so one run's lines can be found across every service's logs.
/// </summary>
public sealed class RunLogContextFilter<T> : IFilter<ConsumeContext<T>> where T : class
{
    static readonly (string Name, PropertyInfo Property)[] Carried = new[] { "RunId", "Role", "Gate" }
        .Select(name => (name, typeof(T).GetProperty(name)))
        .Where(p => p.Item2 is not null)
        .Select(p => (p.name, p.Item2!))
        .ToArray();

    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var pushed = new List<IDisposable>(Carried.Length);
        try
        {
            foreach (var (name, property) in Carried)
                pushed.Add(SerilogContext.PushProperty(name, property.GetValue(context.Message)));
            await next.Send(context);
        }
        finally
        {
            for (var i = pushed.Count - 1; i >= 0; i--)
                pushed[i].Dispose();
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("runLogContext");
}
