using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Asl.Validation;

/// <summary>
/// Validates one state: its Type, query language, which fields it may carry, Next/End, and the
/// data-flow fields every state type shares; then hands over to the checks of its type.
/// </summary>
internal static class StateValidator
{
    private static readonly string[] QueryLanguages = ["JSONPath", "JSONata"];

    public static void Validate(ValidationContext ctx, JValue value, string location, QueryLanguage inherited)
    {
        if (value is not JObject state)
        {
            ctx.Error(location, ValidationMessages.ExpectedObject);
            return;
        }

        if (!ctx.RequireFields(state, location, "Type"))
        {
            return;
        }

        if (state["Type"] is not JString { Value: var type } || Array.IndexOf(StateFieldRules.StateTypes, type) < 0)
        {
            ctx.Error(JsonPointer.Child(location, "Type"), ValidationMessages.InvalidTypeValue);
            return;
        }

        FieldChecks.Enum(ctx, state, "QueryLanguage", location, QueryLanguages);
        var language = EffectiveLanguage(state, inherited);

        // A state (at any depth) may switch JSONPath to JSONata, never back when the whole machine is JSONata.
        if (ctx.TopLevelLanguage == QueryLanguage.JSONata && state["QueryLanguage"] is JString { Value: "JSONPath" })
        {
            ctx.Error(location, ValidationMessages.QueryLanguageDowngrade);
        }

        ctx.RejectUnknownFields(state, location, field => StateFieldRules.IsAllowed(type, field, language));
        FieldChecks.String(ctx, state, "Comment", location);
        if (StateFieldRules.HasTransition(type))
        {
            CheckTransition(ctx, state, location);
        }

        CheckDataFields(ctx, state, location, language);

        switch (type)
        {
            case "Task":
                TaskStateChecks.Validate(ctx, state, location, language);
                break;
            case "Wait":
                WaitStateChecks.Validate(ctx, state, location, language);
                break;
            case "Pass":
                break;
            case "Fail":
                FailStateChecks.Validate(ctx, state, location, language);
                break;
            case "Choice":
                ChoiceStateChecks.Validate(ctx, state, location, language);
                break;
            case "Parallel":
                ParallelStateChecks.Validate(ctx, state, location, language);
                break;
            case "Map":
                MapStateChecks.Validate(ctx, state, location, language);
                break;
        }
    }

    public static QueryLanguage EffectiveLanguage(JObject obj, QueryLanguage inherited) => obj["QueryLanguage"] switch
    {
        JString { Value: "JSONata" } => QueryLanguage.JSONata,
        JString { Value: "JSONPath" } => QueryLanguage.JSONPath,
        _ => inherited,
    };

    private static void CheckTransition(ValidationContext ctx, JObject state, string location)
    {
        FieldChecks.String(ctx, state, "Next", location);
        FieldChecks.Boolean(ctx, state, "End", location);
        var hasNext = state.ContainsKey("Next");
        var ends = state["End"] is JBool { Value: true };
        if (hasNext && ends)
        {
            ctx.Error(location, ValidationMessages.OnlyOneOf(["Next", "End"]));
        }
        else if (!hasNext && !ends)
        {
            ctx.Error(location, ValidationMessages.ExactlyOneOf(["Next", "End"]));
        }
    }

    /// <summary>The input/output processing fields; which ones exist was already settled by the field rules.</summary>
    private static void CheckDataFields(ValidationContext ctx, JObject state, string location, QueryLanguage language)
    {
        FieldChecks.Object(ctx, state, "Assign", location);
        if (language == QueryLanguage.JSONPath)
        {
            FieldChecks.Path(ctx, state, "InputPath", location, nullable: true);
            FieldChecks.Path(ctx, state, "OutputPath", location, nullable: true);
            FieldChecks.Path(ctx, state, "ResultPath", location, nullable: true, reference: true);
            PayloadTemplateChecks.JsonPathTemplate(ctx, state, "Parameters", location);
            PayloadTemplateChecks.JsonPathTemplate(ctx, state, "ResultSelector", location);
            PayloadTemplateChecks.JsonPathTemplate(ctx, state, "Assign", location);
        }
        else
        {
            PayloadTemplateChecks.JsonataTemplate(ctx, state, "Arguments", location);
            PayloadTemplateChecks.JsonataTemplate(ctx, state, "Output", location);
            PayloadTemplateChecks.JsonataTemplate(ctx, state, "Assign", location);
        }
    }
}
