using Cairn.Conformance.Tests.Normalisation;
using Cairn.Conformance.Tests.Python;

namespace Cairn.Conformance.Tests.Replay;

/// <summary>
/// Replays units against fresh clients (units of one test reuse names, so each unit gets its own client),
/// rebuilds the matched objects, normalises them like the recording did and compares them with the snapshots.
/// </summary>
public sealed class ConformanceRunner(Func<IStepFunctionsClient> clientFactory, ReplayOptions options, DateTimeOffset? referenceNow)
{
    public UnitResult Run(ConformanceUnit unit)
    {
        var client = clientFactory();
        try
        {
            return Compare(unit, client);
        }
        catch (UnsupportedUnitException e)
        {
            return new UnitResult(unit.Dir, unit.Folder, UnitOutcome.Unsupported, e.Message, [e.Message]);
        }
        catch (Exception e)
        {
            var message = $"{e.GetType().Name}: {e.Message}";
            return new UnitResult(unit.Dir, unit.Folder, UnitOutcome.Failed, message, [message, e.ToString()]);
        }
        finally
        {
            (client as IDisposable)?.Dispose();
        }
    }

    private UnitResult Compare(ConformanceUnit unit, IStepFunctionsClient client)
    {
        options.Prepare?.Invoke(unit);
        var steps = unit.Steps();
        var shift = unit.TimeDependent && referenceNow is { } reference ? new TimeShift(reference, options.Clock()) : null;
        var arns = new ArnMapper(steps);
        var replayer = new UnitReplayer(client, options)
        {
            RecordedExecutionArn = (step, actual) => CaseTransformerBuilder.RecordedExecutionArn(unit, step, actual),
            ParameterRewrite = shift is null ? null : shift.Apply,
            LambdaDefinition = name => (unit.Case["lambdas"] as System.Text.Json.Nodes.JsonArray ?? [])
                .OfType<System.Text.Json.Nodes.JsonObject>()
                .FirstOrDefault(l => (string?)l["name"] == name),
        };

        var results = replayer.Replay(steps, arns);
        var checks = new MatchBuilder(unit, results, options).Build();
        if (checks.Count == 0)
        {
            throw new UnsupportedUnitException("no snapshot match to compare");
        }

        var transformers = new CaseTransformerBuilder(unit, results, arns.AccountId)
        {
            PatternRewrite = shift is null ? null : shift.Apply,
        }.Build();

        // Observed state as at match time (step 1: ordering), then the end-of-test pipeline.
        var state = new OrderedDictionary<string, object?>();
        foreach (var check in checks.Where(c => c.Problem is null))
        {
            state[check.Key] = SnapshotOrdering.Order(check.Observed);
        }

        var normalised = SnapshotNormaliser.Normalise(state, transformers);

        var expectedAll = new OrderedDictionary<string, object?>();
        var actualAll = new OrderedDictionary<string, object?>();
        var details = new List<string>();
        foreach (var check in checks)
        {
            if (check.Problem is not null)
            {
                details.Add($"{check.Key}: {check.Problem}");
                continue;
            }

            expectedAll[check.Key] = PyValue.DeepClone(check.Expected);
            actualAll[check.Key] = check.Project(normalised.GetValueOrDefault(check.Key));
        }

        AwsRevisions.Apply(unit.RecordedOn, actualAll);
        if (!options.ApplySkipPaths && options.AlwaysSkip.Count > 0 && unit.Case["skip_snapshot_verify_paths"] is System.Text.Json.Nodes.JsonArray listed)
        {
            var paths = listed.Select(p => (string?)p ?? string.Empty).Where(options.AlwaysSkip.Contains).ToList();
            SkipPathRemoval.Apply(expectedAll, paths);
            SkipPathRemoval.Apply(actualAll, paths);
        }

        if (options.ApplySkipPaths && unit.Case["skip_snapshot_verify_paths"] is System.Text.Json.Nodes.JsonArray skip)
        {
            var paths = skip.Select(p => (string?)p ?? string.Empty).ToList();
            if (paths.Contains("<all>"))
            {
                return new UnitResult(unit.Dir, unit.Folder, UnitOutcome.Passed, null, ["<all> paths skipped"]);
            }

            SkipPathRemoval.Apply(expectedAll, paths);
            SkipPathRemoval.Apply(actualAll, paths);
        }

        // Renumbering reference tokens over the whole unit keeps cross-key identities.
        var difference = SnapshotComparer.FirstDifference(expectedAll, actualAll);
        if (difference is not null)
        {
            details.Add(difference);
        }

        if (details.Count == 0)
        {
            return new UnitResult(unit.Dir, unit.Folder, UnitOutcome.Passed, null, []);
        }

        details.Add("normalised actual: " + PyJson.Dumps(actualAll));
        return new UnitResult(unit.Dir, unit.Folder, UnitOutcome.Failed, details[0], details);
    }
}
