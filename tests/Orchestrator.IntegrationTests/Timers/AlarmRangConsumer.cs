using MassTransit;

namespace Orchestrator.IntegrationTests.Timers;

public sealed class AlarmRangConsumer(TimerRecorder recorder) : IConsumer<AlarmRang>
{
    public Task Consume(ConsumeContext<AlarmRang> context)
    {
        recorder.Record(context.Message.AlarmId, context);
        return Task.CompletedTask;
    }
}
