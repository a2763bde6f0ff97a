using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Asl.Validation;

/// <summary>
/// Retry and Catch on Task, Parallel and Map states: each entry's fields, ErrorEquals non-empty
/// with <c>States.ALL</c> alone in the last entry, the retry numbers' ranges, and a catcher's Next.
/// </summary>
internal static class RetryCatchChecks
{
    private const string StatesAll = "States.ALL";

    private static readonly HashSet<string> RetrierFields =
        ["ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Comment"];

    public static void Validate(ValidationContext ctx, JObject state, string location, QueryLanguage language)
    {
        ValidateList(ctx, state, "Retry", location, (entry, at) => ValidateRetrier(ctx, entry, at));
        ValidateList(ctx, state, "Catch", location, (entry, at) => ValidateCatcher(ctx, entry, at, language));
    }

    private static void ValidateList(ValidationContext ctx, JObject state, string field, string location, Action<JObject, string> validateEntry)
    {
        if (!state.TryGetValue(field, out var value))
        {
            return;
        }

        var listLocation = JsonPointer.Child(location, field);
        if (value is not JArray entries)
        {
            ctx.Error(listLocation, ValidationMessages.ExpectedArray);
            return;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var at = JsonPointer.Child(listLocation, i);
            if (entries[i] is not JObject entry)
            {
                ctx.Error(at, ValidationMessages.ExpectedObject);
                continue;
            }

            validateEntry(entry, at);
            CheckErrorEquals(ctx, entry, at, isLast: i == entries.Count - 1);
        }
    }

    private static void ValidateRetrier(ValidationContext ctx, JObject retrier, string at)
    {
        ctx.RejectUnknownFields(retrier, at, RetrierFields.Contains);
        ctx.RequireFields(retrier, at, "ErrorEquals");
        FieldChecks.String(ctx, retrier, "Comment", at);
        FieldChecks.Integer(ctx, retrier, "IntervalSeconds", at, 1, 99999999);
        FieldChecks.Integer(ctx, retrier, "MaxAttempts", at, 0, 99999999);
        FieldChecks.Number(ctx, retrier, "BackoffRate", at, 1.0, double.MaxValue);
        FieldChecks.Integer(ctx, retrier, "MaxDelaySeconds", at, 1, 31622400);
        FieldChecks.Enum(ctx, retrier, "JitterStrategy", at, "FULL", "NONE");
    }

    private static void ValidateCatcher(ValidationContext ctx, JObject catcher, string at, QueryLanguage language)
    {
        var jsonPath = language == QueryLanguage.JSONPath;
        ctx.RejectUnknownFields(
            catcher,
            at,
            f => f is "ErrorEquals" or "Next" or "Comment" or "Assign" || (jsonPath ? f == "ResultPath" : f == "Output"));
        ctx.RequireFields(catcher, at, "ErrorEquals", "Next");
        FieldChecks.String(ctx, catcher, "Next", at);
        FieldChecks.String(ctx, catcher, "Comment", at);
        FieldChecks.Object(ctx, catcher, "Assign", at);
        if (jsonPath)
        {
            FieldChecks.Path(ctx, catcher, "ResultPath", at, nullable: true, reference: true);
            PayloadTemplateChecks.JsonPathTemplate(ctx, catcher, "Assign", at);
        }
        else
        {
            PayloadTemplateChecks.JsonataTemplate(ctx, catcher, "Output", at);
            PayloadTemplateChecks.JsonataTemplate(ctx, catcher, "Assign", at);
        }
    }

    /// <summary>States.ALL catches everything, so anything after it (or beside it) could never match.</summary>
    private static void CheckErrorEquals(ValidationContext ctx, JObject entry, string at, bool isLast)
    {
        if (!entry.TryGetValue("ErrorEquals", out var value))
        {
            return;
        }

        var errorsAt = JsonPointer.Child(at, "ErrorEquals");
        if (value is not JArray errors)
        {
            ctx.Error(errorsAt, ValidationMessages.ExpectedArray);
            return;
        }

        if (errors.Count == 0)
        {
            ctx.Error(errorsAt, ValidationMessages.CannotBeEmpty);
            return;
        }

        var hasAll = false;
        foreach (var error in errors)
        {
            if (error is not JString name)
            {
                ctx.Error(errorsAt, ValidationMessages.ExpectedString);
                return;
            }

            hasAll |= name.Value == StatesAll;
        }

        if (hasAll && (errors.Count > 1 || !isLast))
        {
            ctx.Error(errorsAt, ValidationMessages.StatesAllNotAlone);
        }
    }
}
