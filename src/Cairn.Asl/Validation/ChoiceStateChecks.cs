using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Asl.Validation;

/// <summary>Choice state: a non-empty Choices list of well-formed rules and an optional Default.</summary>
internal static class ChoiceStateChecks
{
    public static void Validate(ValidationContext ctx, JObject state, string location, QueryLanguage language)
    {
        FieldChecks.String(ctx, state, "Default", location);
        if (!ctx.RequireFields(state, location, "Choices"))
        {
            return;
        }

        var at = JsonPointer.Child(location, "Choices");
        if (state["Choices"] is not JArray choices)
        {
            ctx.Error(at, ValidationMessages.ExpectedArray);
            return;
        }

        if (choices.Count == 0)
        {
            ctx.Error(at, ValidationMessages.CannotBeEmpty);
            return;
        }

        for (var i = 0; i < choices.Count; i++)
        {
            if (language == QueryLanguage.JSONPath)
            {
                ChoiceRuleChecks.ValidateJsonPathRule(ctx, choices[i], JsonPointer.Child(at, i), topLevel: true);
            }
            else
            {
                ChoiceRuleChecks.ValidateJsonataRule(ctx, choices[i], JsonPointer.Child(at, i));
            }
        }
    }
}
