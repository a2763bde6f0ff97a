using System.Globalization;
using Cairn.Asl;
using Cairn.Asl.Model;
using Cairn.Engine.History;
using Cairn.Engine.Items;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>
/// A Distributed Map's items from its ItemReader, read in chunks as the Map Run needs them (each
/// chunk is a task the host carries out; its answer is logged like any task's, so a replay reads
/// nothing again), and grouped into batches by its ItemBatcher.
/// </summary>
public sealed partial class Interpreter
{
    /// <summary>How many items one read asks for.</summary>
    internal const int ItemsPerRead = 2000;

    /// <summary>AWS's upper bound for MaxItems; 0 means no limit.</summary>
    internal const long MaxItemsLimit = 100_000_000;

    /// <summary>Starts reading a Map Run's items: its parameters and MaxItems are evaluated, then the first read is asked for.</summary>
    private void StartItemReader(Join join, ItemReader reader, JValue effective)
    {
        var frame = join.Parent;
        JValue parameters;
        try
        {
            parameters = reader.Arguments is { } arguments
                ? arguments.Evaluate(new Asl.Jsonata.JsonataScope(frame, effective))
                : reader.Parameters?.Evaluate(effective, frame) ?? (JValue)JObject.Empty;
            join.Items!.MaxItems = ReaderMaxItems(frame, reader, effective);
        }
        catch (StatesException e)
        {
            FailMapRun(join, e.Error == StatesErrors.Runtime ? StatesErrors.ItemReaderFailed : e.Error, e.Cause);
            return;
        }

        join.ReaderParameters = parameters;
        RequestItems(join);
    }

    private static long ReaderMaxItems(Frame frame, ItemReader reader, JValue effective)
    {
        if (reader.MaxItems is not { } source)
        {
            return long.MaxValue;
        }

        var value = source.Resolve(effective, frame);
        long count;
        if (value is JNumber { IsIntegral: true } n)
        {
            count = n.IntegerValue;
        }
        else if (value is JString s && long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            count = parsed;
        }
        else
        {
            throw new StatesException(StatesErrors.ItemReaderFailed, $"The {source.FieldName} field refers to value '{DataFlowText(value)}' which is not a valid integer: {source.Path?.Text}");
        }

        if (count < 0)
        {
            throw new StatesException(StatesErrors.ItemReaderFailed, "field MaxItems must be positive");
        }

        return count == 0 ? MaxItemsLimit : Math.Min(count, MaxItemsLimit);
    }

    private static string DataFlowText(JValue value) => value is JString s ? s.Value : value.ToJson();

    /// <summary>Asks for the next chunk of items, unless one is on its way or all are known.</summary>
    private void RequestItems(Join join)
    {
        var items = join.Items!;
        if (items.PendingRead != 0 || items.IsComplete)
        {
            return;
        }

        var map = (MapState)join.State;
        var reader = map.Configuration.ItemReader!;
        var id = NextId();
        items.PendingRead = id;
        _pendingReads[id] = join;
        var request = JObject.Create(
            ("Parameters", join.ReaderParameters ?? JObject.Empty),
            ("ReaderConfig", reader.ReaderConfig),
            ("Position", items.Position ?? JNull.Instance),
            ("MaxItems", JNumber.From(Math.Min(ItemsPerRead, items.MaxItems - items.Read))));
        _commands.Add(new ExecutionCommand.InvokeTask(id, new TaskRequest(
            reader.Resource, request, map.Name, Info.StateMachineName, Info.ExecutionArn, 0, Info.TestCase, Purpose: TaskPurpose.ItemReader)));
    }

    /// <summary>A chunk of items arrived (or the read failed): the Map Run goes on with them.</summary>
    private void OnItemsRead(Join join, TaskResult result)
    {
        var items = join.Items!;
        items.PendingRead = 0;
        if (join.Failed || CurrentStatus(join) != MapRun.Running)
        {
            return;
        }

        if (result is not TaskResult.Succeeded { Output: JObject answer })
        {
            var failed = result as TaskResult.Failed;
            FailMapRun(join, failed?.Error ?? StatesErrors.ItemReaderFailed, failed?.Cause);
            return;
        }

        try
        {
            foreach (var item in answer["Items"] as JArray ?? JArray.Empty)
            {
                if (items.Read >= items.MaxItems)
                {
                    break;
                }

                items.Read++;
                AddItem(join, item);
            }
        }
        catch (StatesException e)
        {
            FailMapRun(join, e.Error, e.Cause);
            return;
        }

        items.Position = answer["Position"];
        if (answer["End"] is JBool { Value: true } || items.Read >= items.MaxItems)
        {
            CompleteItems(join);
        }

        StartIterationsUpToConcurrency(join);
        ContinueItems(join);
    }

    /// <summary>After an iteration ends or items arrive: read more when none is left to start, end the Map Run when all are done.</summary>
    private void ContinueItems(Join join)
    {
        if (join.Failed || join.Parent.ActiveJoin != join)
        {
            return;
        }

        if (join.Remaining == 0 && join.Items!.IsComplete)
        {
            CompleteJoin(join, join.Cursor);
            return;
        }

        if (join.Started >= join.Items!.Count)
        {
            RequestItems(join);
        }
    }

    /// <summary>Adds one item, or, with an ItemBatcher, adds it to the open batch (a full batch becomes an item).</summary>
    private static void AddItem(Join join, JValue item)
    {
        var items = join.Items!;
        if (join.MaxItemsPerBatch <= 0 && join.MaxBytesPerBatch <= 0)
        {
            AppendIteration(join, item);
            return;
        }

        var limits = new ItemBatching.Limits(join.MaxItemsPerBatch, join.MaxBytesPerBatch, join.BatchInput);
        var size = ItemBatching.ItemBytes(item);
        var batch = items.OpenBatch;
        if (batch is not null && ItemBatching.IsFull(limits, batch.Count, items.OpenBatchBytes, size))
        {
            CloseBatch(join);
            batch = null;
        }

        if (batch is null)
        {
            batch = items.OpenBatch = new List<JValue>();
            items.OpenBatchBytes = ItemBatching.Overhead(join.BatchInput);
        }

        if (batch.Count == 0 && ItemBatching.IsFull(limits with { MaxItems = 0 }, 0, items.OpenBatchBytes, size))
        {
            throw ItemBatching.TooLarge(limits);
        }

        batch.Add(item);
        items.OpenBatchBytes += size;
    }

    private static void CloseBatch(Join join)
    {
        var items = join.Items!;
        if (items.OpenBatch is not { Count: > 0 } batch)
        {
            return;
        }

        var value = ItemBatching.Batch(join.BatchInput, batch);
        items.OpenBatch = null;
        items.OpenBatchBytes = 0;
        AppendIteration(join, value);
    }

    private static void AppendIteration(Join join, JValue item)
    {
        join.Items!.Add(item);
        join.Results.Add(null);
        join.Remaining++;
    }

    /// <summary>Every item is known: the last batch closes.</summary>
    private static void CompleteItems(Join join)
    {
        CloseBatch(join);
        join.Items!.IsComplete = true;
    }

    /// <summary>Evaluates a Map's ItemBatcher (limits and BatchInput) into its join.</summary>
    private static void ConfigureBatcher(Frame frame, Join join, ItemBatcher batcher, JValue effective)
    {
        var limits = ItemBatching.Evaluate(frame, batcher, effective);
        join.MaxItemsPerBatch = limits.MaxItems;
        join.MaxBytesPerBatch = limits.MaxBytes;
        join.BatchInput = limits.BatchInput;
    }

    /// <summary>
    /// The Map Run fails as a whole (its items cannot be read, its results cannot be written):
    /// MapRunFailed with the error, the running iterations are abandoned, and the Map state fails
    /// with that error (its Retry and Catch apply).
    /// </summary>
    private void FailMapRun(Join join, string error, string? cause)
    {
        var parent = join.Parent;
        var failedId = RecordLinked(parent, HistoryEventType.MapRunFailed, join.MapRunStartedId, new ErrorEventDetails("mapRunFailedEventDetails", error, cause));
        EndMapRun(join, MapRun.Failed);
        join.Failed = true;
        foreach (var child in join.Children)
        {
            Abandon(child);
        }

        parent.FailedJoin = join;
        parent.ActiveJoin = null;
        parent.Phase = FramePhase.Enter;
        parent.LastEventId = failedId;
        if (!TryScheduleRetry(parent, States.ErrorRules.ErrorHandlingOf(join.State), error))
        {
            Record(parent, HistoryEventType.MapStateFailed, null);
            CatchOrFail(parent, error, cause);
        }

        if (parent.Phase == FramePhase.Enter && Status == ExecutionStatus.RUNNING)
        {
            _ready.Enqueue(parent);
        }
    }

    /// <summary>
    /// A Map Run's iteration succeeded: its result goes to the ResultWriter if there is one, and its
    /// item and frame are let go (a redrive never runs it again), keeping a Map Run's memory to
    /// the iterations still under way.
    /// </summary>
    private void ReleaseIteration(Join join, Frame child, JValue output)
    {
        if (join.Writer is not null)
        {
            KeepResult(join, child, output, null, null);
        }

        join.Items!.Release(child.Index);
        if (child.Index < join.Children.Count && join.Children[child.Index] == child)
        {
            join.Children[child.Index] = join.DoneMarker ??= new Frame(this, child.Machine, JNull.Instance, new VariableScope(), 0, join, -1) { Phase = FramePhase.Done };
        }
    }

    /// <summary>A Map's results in item order (a result written out by a ResultWriter is null here).</summary>
    private static JArray ResultsArray(Join join)
    {
        var results = new JValue[join.Results.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = join.Results[i] ?? JNull.Instance;
        }

        return JArray.Adopt(results);
    }
}
