using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Asl.Validation;

/// <summary>Parallel state: a non-empty Branches list, each a nested machine, plus Retry and Catch.</summary>
internal static class ParallelStateChecks
{
    public static void Validate(ValidationContext ctx, JObject state, string location, QueryLanguage language)
    {
        RetryCatchChecks.Validate(ctx, state, location, language);
        if (!ctx.RequireFields(state, location, "Branches"))
        {
            return;
        }

        var at = JsonPointer.Child(location, "Branches");
        if (state["Branches"] is not JArray branches)
        {
            ctx.Error(at, ValidationMessages.ExpectedArray);
            return;
        }

        if (branches.Count == 0)
        {
            ctx.Error(at, ValidationMessages.CannotBeEmpty);
            return;
        }

        for (var i = 0; i < branches.Count; i++)
        {
            MachineValidator.ValidateNested(ctx, branches[i], JsonPointer.Child(at, i), language, processor: false);
        }
    }
}
