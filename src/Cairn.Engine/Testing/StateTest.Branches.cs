using Cairn.Asl;
using Cairn.Asl.Model;
using Cairn.Engine.Execution;
using Cairn.Engine.Execution.States;
using Cairn.Engine.Items;
using Cairn.Json;

namespace Cairn.Engine.Testing;

/// <summary>
/// Map and Parallel states under test: their input processing runs, their children do not; the
/// mock is the joined result (or the error the children failed with).
/// </summary>
internal sealed partial class StateTest
{
    private const string ToleratedFailureThresholdExceeded = "The specified tolerated failure threshold was exceeded";

    private TestStateResponse RunMap(MapState map)
    {
        var effective = DataFlow.ApplyInputPath(_scope, map, _input);
        if (!IsJsonata)
        {
            _inspection.AfterInputPath(effective);
        }

        var items = MapItems(map, effective);
        if (!IsJsonata)
        {
            _inspection.AfterItemsPath(items);
        }

        if (map.Configuration.ItemBatcher is { } batcher)
        {
            items = ItemBatching.Group(items, ItemBatching.Evaluate(_scope, batcher, effective));
            _inspection.AfterItemBatcher(items);
        }

        _inspection.MaxConcurrency(MapLimits.MaxConcurrency(_scope, map, effective));
        var configuration = map.Configuration;
        var toleratedCount = configuration.ToleratedFailureCount is null ? (long?)null : MapLimits.ToleratedFailureCount(_scope, map, effective);
        var toleratedPercentage = configuration.ToleratedFailurePercentage is null ? (double?)null : MapLimits.ToleratedFailurePercentage(_scope, map, effective);
        if (toleratedCount is { } count)
        {
            _inspection.ToleratedFailureCount(count);
        }

        if (toleratedPercentage is { } percentage)
        {
            _inspection.ToleratedFailurePercentage(percentage);
        }

        var failed = _configuration?.MapIterationFailureCount ?? 0;
        if (failed > items.Count)
        {
            throw TestStateException.Validation("Map iteration failure count must be less than or equal to the number of Map iterations");
        }

        if (_mock!.ErrorOutput is { } failure)
        {
            return HandleError(failure.Error, failure.Cause);
        }

        // Failed iterations only fail the Map when it sets a threshold they can exceed.
        if (failed > 0 && (toleratedCount is not null || toleratedPercentage is not null) &&
            !MapLimits.Tolerates(failed, items.Count, toleratedCount ?? 0, toleratedPercentage ?? 0))
        {
            return HandleError(StatesErrors.ExceedToleratedFailureThreshold, ToleratedFailureThresholdExceeded);
        }

        return Complete(map, map.Handling, _mock.Result!);
    }

    /// <summary>The items of a Map: the ItemReader data the request provides, its Items (JSONata), or its ItemsPath.</summary>
    private JArray MapItems(MapState map, JValue effective)
    {
        if (_configuration?.MapItemReaderData is { } readerData)
        {
            if (map.Configuration.ItemReader is not { } reader)
            {
                return JValue.TryParse(readerData, out var data, out _) && data is JArray dataItems
                    ? dataItems
                    : throw TestStateException.Validation("The Map item reader data must be a JSON array.");
            }

            var (readerItems, afterPointer) = ItemSourceText.Read(reader.ReaderConfig, readerData);
            if (afterPointer is not null)
            {
                _inspection.AfterItemsPointer(afterPointer);
            }

            return readerItems;
        }

        if (IsJsonata)
        {
            return JsonataFlow.Items(_scope, map, effective);
        }

        var path = map.Configuration.ItemsPath;
        var items = path is null ? effective : DataFlow.SelectItems(_scope, path, effective);
        return items as JArray ?? throw Asl.Data.FieldCauses.ItemsNotArray(path, items);
    }

    private TestStateResponse RunParallel(ParallelState parallel)
    {
        var effective = DataFlow.ApplyInputPath(_scope, parallel, _input);
        DataFlow.EffectiveParameters(_scope, parallel, parallel.Handling, effective);
        if (_mock!.ErrorOutput is { } failure)
        {
            return HandleError(failure.Error, failure.Cause);
        }

        return Complete(parallel, parallel.Handling, _mock.Result!);
    }
}
