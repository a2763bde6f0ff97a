using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Asl.Validation;

/// <summary>Fail state: Error/ErrorPath and Cause/CausePath, each pair mutually exclusive.</summary>
internal static class FailStateChecks
{
    public static void Validate(ValidationContext ctx, JObject state, string location, QueryLanguage language)
    {
        ctx.AtMostOne(state, location, "Error", "ErrorPath");
        ctx.AtMostOne(state, location, "Cause", "CausePath");
        if (language == QueryLanguage.JSONPath)
        {
            FieldChecks.String(ctx, state, "Error", location);
            FieldChecks.String(ctx, state, "Cause", location);
            FieldChecks.PathOrIntrinsic(ctx, state, "ErrorPath", location);
            FieldChecks.PathOrIntrinsic(ctx, state, "CausePath", location);
        }
        else
        {
            FieldChecks.JsonataString(ctx, state, "Error", location);
            FieldChecks.JsonataString(ctx, state, "Cause", location);
        }
    }
}
