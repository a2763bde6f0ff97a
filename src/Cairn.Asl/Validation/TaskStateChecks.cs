using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Asl.Validation;

/// <summary>Task state: Resource, Credentials, timeouts and heartbeats, Retry and Catch.</summary>
internal static class TaskStateChecks
{
    private const long MaxSeconds = 99999999;

    public static void Validate(ValidationContext ctx, JObject state, string location, QueryLanguage language)
    {
        if (ctx.RequireFields(state, location, "Resource"))
        {
            ResourceChecks.Validate(ctx, state, location);
        }

        CheckCredentials(ctx, state, location, language);

        var jsonata = language == QueryLanguage.JSONata;
        FieldChecks.Integer(ctx, state, "TimeoutSeconds", location, 1, MaxSeconds, jsonata);
        FieldChecks.Integer(ctx, state, "HeartbeatSeconds", location, 1, MaxSeconds, jsonata);
        FieldChecks.Path(ctx, state, "TimeoutSecondsPath", location);
        FieldChecks.Path(ctx, state, "HeartbeatSecondsPath", location);
        ctx.AtMostOne(state, location, "TimeoutSeconds", "TimeoutSecondsPath");
        ctx.AtMostOne(state, location, "HeartbeatSeconds", "HeartbeatSecondsPath");

        RetryCatchChecks.Validate(ctx, state, location, language);
    }

    /// <summary>
    /// Credentials name the role to assume. AWS reports only the missing RoleArn when it is
    /// absent, even if other (unknown) fields are present.
    /// </summary>
    private static void CheckCredentials(ValidationContext ctx, JObject state, string location, QueryLanguage language)
    {
        if (!state.TryGetValue("Credentials", out var value))
        {
            return;
        }

        var at = JsonPointer.Child(location, "Credentials");
        if (value is not JObject credentials)
        {
            ctx.Error(at, ValidationMessages.ExpectedObject);
            return;
        }

        var jsonPath = language == QueryLanguage.JSONPath;
        if (!credentials.ContainsKey("RoleArn") && !(jsonPath && credentials.ContainsKey("RoleArn.$")))
        {
            ctx.Error(at, ValidationMessages.RequiredButMissing("RoleArn"));
            return;
        }

        ctx.RejectUnknownFields(credentials, at, f => f == "RoleArn" || (jsonPath && f == "RoleArn.$"));
        if (jsonPath)
        {
            ctx.AtMostOne(credentials, at, "RoleArn", "RoleArn.$");
            FieldChecks.String(ctx, credentials, "RoleArn", at);
            FieldChecks.PathOrIntrinsic(ctx, credentials, "RoleArn.$", at);
        }
        else
        {
            FieldChecks.JsonataString(ctx, credentials, "RoleArn", at);
        }
    }
}
