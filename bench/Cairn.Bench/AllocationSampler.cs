using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Cairn.Bench;

/// <summary>
/// Samples allocations by type through the runtime's GC AllocationTick event (one event per
/// ~100 KB allocated), in process, so "where does the memory go" needs no external profiler.
/// The counts are samples, so the shares are estimates; they are good enough to rank types.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytesByType = new(StringComparer.Ordinal);
    private volatile bool _recording;

    public void Start() => _recording = true;

    public IReadOnlyList<(string Type, double Share)> Stop(int top)
    {
        _recording = false;
        var total = Math.Max(1, _bytesByType.Values.Sum());
        var ranked = _bytesByType.OrderByDescending(p => p.Value).Take(top).Select(p => (p.Key, (double)p.Value / total)).ToList();
        _bytesByType.Clear();
        return ranked;
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_recording || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var typeIndex = eventData.PayloadNames?.IndexOf("TypeName") ?? -1;
        var amountIndex = eventData.PayloadNames?.IndexOf("AllocationAmount64") ?? -1;
        if (typeIndex < 0 || amountIndex < 0)
        {
            return;
        }

        var type = eventData.Payload[typeIndex] as string ?? "?";
        var amount = Convert.ToInt64(eventData.Payload[amountIndex], System.Globalization.CultureInfo.InvariantCulture);
        _bytesByType.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }
}
