using Cairn.Asl;
using Cairn.Asl.Model;
using Cairn.Engine.Arns;
using Cairn.Engine.History;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>
/// A Distributed Map's ResultWriter: each child's result is shaped as WriterConfig says (NONE:
/// the child execution's details; COMPACT: its output; FLATTEN: its output, arrays flattened) and,
/// with an S3 destination, written to <c>PREFIX/MAPRUNID/SUCCEEDED_n.json</c> and
/// <c>FAILED_n.json</c> as the Map Run goes (so results are not all held at once), then
/// <c>manifest.json</c>; the Map's result is then <c>{MapRunArn, ResultWriterDetails{Bucket, Key}}</c>.
/// </summary>
public sealed partial class Interpreter
{
    /// <summary>Evaluates a Map's ResultWriter into its join; a failure fails the Map Run.</summary>
    private static MapResults NewResultWriter(Frame frame, ResultWriter writer, JValue effective)
    {
        if (writer.Resource is null)
        {
            return new MapResults(writer.Transformation, writer.OutputType, null, null);
        }

        var parameters = writer.Arguments is { } arguments
            ? arguments.Evaluate(new Asl.Jsonata.JsonataScope(frame, effective))
            : writer.Parameters?.Evaluate(effective, frame) ?? (JValue)JObject.Empty;
        var bucket = (parameters as JObject)?["Bucket"] as JString
            ?? throw new StatesException(StatesErrors.ResultWriterFailed, "The ResultWriter's Parameters must give the Bucket as a string.");
        var prefix = (parameters as JObject)?["Prefix"] is JString p ? p.Value : string.Empty;
        return new MapResults(writer.Transformation, writer.OutputType, bucket.Value, prefix);
    }

    /// <summary>A child's result as the ResultWriter keeps it; returns false when it is written out (not kept in the output).</summary>
    private void KeepResult(Join join, Frame child, JValue? output, string? error, string? cause)
    {
        var writer = join.Writer!;
        var succeeded = error is null && cause is null && output is not null;
        var entry = succeeded && writer.Transformation != "NONE"
            ? output!
            : ChildDetails(join, child, output, error, cause, succeeded);
        if (!writer.ToS3)
        {
            join.Results[child.Index] = entry;
            return;
        }

        join.Results[child.Index] = null;
        (succeeded ? writer.Succeeded : writer.Failed).Add(entry);
        if (writer.PendingWrite == 0 && (writer.Succeeded.Count >= MapResults.ResultsPerFile || writer.Failed.Count >= MapResults.ResultsPerFile))
        {
            WriteNextResults(join);
        }
    }

    /// <summary>The child execution as ResultWriter's NONE transformation gives it.</summary>
    private JObject ChildDetails(Join join, Frame child, JValue? output, string? error, string? cause, bool succeeded)
    {
        var run = StatesArn.Parse(join.Run!.Arn);
        var name = Entropy.NewUuid();
        var express = ((MapState)join.State).Configuration.ProcessorExecutionType == "EXPRESS";
        var machine = run.MapRunMachine;
        var arn = express ? machine.ExpressExecution(name.ToString(), Entropy.NewUuid()) : machine.Execution(name.ToString());
        var now = TimeFormat.Iso(_clock.GetUtcNow());
        var builder = new JObjectBuilder(14);
        builder.Set("ExecutionArn", new JString(arn));
        builder.Set("Input", new JString((child.IterationInput ?? JNull.Instance).ToJson()));
        builder.Set("InputDetails", JObject.Create(("Included", JBool.True)));
        builder.Set("Name", new JString(name.ToString()));
        if (succeeded)
        {
            builder.Set("Output", new JString(output!.ToJson()));
            builder.Set("OutputDetails", JObject.Create(("Included", JBool.True)));
        }
        else
        {
            builder.Set("Error", error is null ? JNull.Instance : new JString(error));
            builder.Set("Cause", cause is null ? JNull.Instance : new JString(cause));
        }

        builder.Set("RedriveCount", JNumber.From(0));
        builder.Set("RedriveStatus", new JString(succeeded ? "NOT_REDRIVABLE" : "REDRIVABLE"));
        if (succeeded)
        {
            builder.Set("RedriveStatusReason", new JString("Execution is SUCCEEDED and cannot be redriven"));
        }

        builder.Set("StartDate", new JString(TimeFormat.Iso(child.EnteredTime == default ? _clock.GetUtcNow() : child.EnteredTime)));
        builder.Set("StateMachineArn", new JString(machine));
        builder.Set("Status", new JString(succeeded ? "SUCCEEDED" : "FAILED"));
        builder.Set("StopDate", new JString(now));
        return builder.Build();
    }

    /// <summary>Writes the next file: full batches while the Map Run runs; at its end the rest, then manifest.json.</summary>
    private void WriteNextResults(Join join)
    {
        var writer = join.Writer!;
        if (writer.PendingWrite != 0)
        {
            return;
        }

        string kind;
        string key;
        string body;
        var mapRunId = StatesArn.Parse(join.Run!.Arn).Parts[^1];
        var folder = (writer.Prefix is { Length: > 0 } prefix ? prefix.TrimEnd('/') + "/" : string.Empty) + mapRunId + "/";
        if (writer.Succeeded.Count >= MapResults.ResultsPerFile || (writer.Finishing && writer.Succeeded.Count > 0))
        {
            kind = "SUCCEEDED";
            key = $"{folder}SUCCEEDED_{writer.SucceededFiles.Count}.json";
            body = ResultsBody(writer, writer.Succeeded);
            writer.Succeeded.Clear();
        }
        else if (writer.Failed.Count >= MapResults.ResultsPerFile || (writer.Finishing && writer.Failed.Count > 0))
        {
            kind = "FAILED";
            key = $"{folder}FAILED_{writer.FailedFiles.Count}.json";
            body = ResultsBody(writer, writer.Failed);
            writer.Failed.Clear();
        }
        else if (writer.Finishing && !writer.ManifestWritten)
        {
            kind = "MANIFEST";
            key = folder + "manifest.json";
            var files = JObject.Create(
                ("FAILED", JArray.Adopt(writer.FailedFiles.ToArray())),
                ("PENDING", JArray.Empty),
                ("SUCCEEDED", JArray.Adopt(writer.SucceededFiles.ToArray())));
            body = JObject.Create(("DestinationBucket", new JString(writer.Bucket!)), ("MapRunArn", new JString(join.Run!.Arn)), ("ResultFiles", files)).ToJson();
        }
        else
        {
            return;
        }

        var id = NextId();
        writer.PendingWrite = id;
        writer.PendingKind = kind;
        _pendingWrites[id] = join;
        var map = (MapState)join.State;
        var request = JObject.Create(("Bucket", new JString(writer.Bucket!)), ("Key", new JString(key)), ("Body", new JString(body)));
        _commands.Add(new ExecutionCommand.InvokeTask(id, new TaskRequest(
            map.Configuration.ResultWriter!.Resource!, request, map.Name, Info.StateMachineName, Info.ExecutionArn, 0, Info.TestCase, Purpose: TaskPurpose.ResultWriter)));
    }

    private static string ResultsBody(MapResults writer, List<JValue> results)
    {
        if (writer.OutputType == "JSONL")
        {
            var text = new System.Text.StringBuilder();
            foreach (var result in results)
            {
                text.Append(result.ToJson()).Append('\n');
            }

            return text.ToString();
        }

        return JArray.Adopt(results.ToArray()).ToJson();
    }

    /// <summary>A file was written (or could not be): the next one, or the Map Run's end.</summary>
    private void OnResultsWritten(Join join, TaskResult result)
    {
        var writer = join.Writer!;
        var kind = writer.PendingKind;
        writer.PendingWrite = 0;
        writer.PendingKind = null;
        if (join.Failed || join.Parent.ActiveJoin != join)
        {
            return;
        }

        if (result is not TaskResult.Succeeded { Output: JObject written })
        {
            var failed = result as TaskResult.Failed;
            FailMapRun(join, StatesErrors.ResultWriterFailed, failed is null ? null : $"{failed.Error}: {failed.Cause}");
            return;
        }

        var file = JObject.Create(("Key", written["Key"] ?? JNull.Instance), ("Size", written["Size"] ?? JNumber.From(0)));
        switch (kind)
        {
            case "SUCCEEDED":
                writer.SucceededFiles.Add(file);
                break;
            case "FAILED":
                writer.FailedFiles.Add(file);
                break;
            default:
                writer.ManifestWritten = true;
                CompleteJoin(join, writer.LastEventId);
                return;
        }

        WriteNextResults(join);
    }

    /// <summary>The Map's result with a ResultWriter: the S3 destination, or the results shaped as WriterConfig says.</summary>
    private static JValue WrittenResult(Join join)
    {
        var writer = join.Writer!;
        if (writer.ToS3)
        {
            var mapRunId = StatesArn.Parse(join.Run!.Arn).Parts[^1];
            var key = (writer.Prefix is { Length: > 0 } prefix ? prefix.TrimEnd('/') + "/" : string.Empty) + mapRunId + "/manifest.json";
            return JObject.Create(
                ("MapRunArn", new JString(join.Run!.Arn)),
                ("ResultWriterDetails", JObject.Create(("Bucket", new JString(writer.Bucket!)), ("Key", new JString(key)))));
        }

        var results = new List<JValue>(join.Results.Count);
        foreach (var result in join.Results)
        {
            var value = result ?? JNull.Instance;
            if (writer.Transformation == "FLATTEN" && value is JArray array)
            {
                results.AddRange(array);
            }
            else
            {
                results.Add(value);
            }
        }

        return JArray.Adopt(results.ToArray());
    }
}
