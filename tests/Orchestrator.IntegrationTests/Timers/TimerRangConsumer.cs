using MassTransit;

namespace Orchestrator.IntegrationTests.Timers;

public sealed class TimerRangConsumer(TimerRecorder recorder) : IConsumer<TimerRang>
{
    public Task Consume(ConsumeContext<TimerRang> context)
    {
        recorder.Record(context.Message.Id, context);
        return Task.CompletedTask;
    }
}
