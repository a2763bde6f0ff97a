using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Asl.Validation;

/// <summary>
/// Map state: the item processor (ItemProcessor, or the legacy Iterator), where items come from
/// (ItemsPath/Items, ItemReader), how each is shaped (ItemSelector, or the legacy Parameters),
/// concurrency and failure tolerance, and the Distributed Map extras (ItemBatcher, ResultWriter,
/// Label).
/// </summary>
internal static class MapStateChecks
{
    public static void Validate(ValidationContext ctx, JObject state, string location, QueryLanguage language)
    {
        var jsonata = language == QueryLanguage.JSONata;
        RetryCatchChecks.Validate(ctx, state, location, language);

        var processorCount = StateFieldRules.MapProcessorFields.Count(state.ContainsKey);
        if (processorCount == 2)
        {
            ctx.Error(location, ValidationMessages.OnlyOneOf(StateFieldRules.MapProcessorFields));
        }
        else if (processorCount == 0)
        {
            ctx.Error(location, ValidationMessages.ExactlyOneOf(StateFieldRules.MapProcessorFields));
        }
        else
        {
            var key = StateFieldRules.MapProcessorField(state);
            MachineValidator.ValidateNested(ctx, state[key]!, JsonPointer.Child(location, key), language, processor: true);
        }

        ctx.AtMostOne(state, location, StateFieldRules.MapItemSelectorFields);
        if (jsonata)
        {
            PayloadTemplateChecks.JsonataTemplate(ctx, state, "ItemSelector", location);
            PayloadTemplateChecks.JsonataTemplate(ctx, state, "Items", location);
        }
        else
        {
            FieldChecks.Path(ctx, state, "ItemsPath", location, nullable: true);
            PayloadTemplateChecks.JsonPathTemplate(ctx, state, "ItemSelector", location);
        }

        FieldChecks.Integer(ctx, state, "MaxConcurrency", location, 0, int.MaxValue, jsonata);
        FieldChecks.Number(ctx, state, "ToleratedFailurePercentage", location, 0, 100, jsonata);
        FieldChecks.Integer(ctx, state, "ToleratedFailureCount", location, 0, int.MaxValue, jsonata);
        FieldChecks.Path(ctx, state, "MaxConcurrencyPath", location);
        FieldChecks.Path(ctx, state, "ToleratedFailurePercentagePath", location);
        FieldChecks.Path(ctx, state, "ToleratedFailureCountPath", location);
        ctx.AtMostOne(state, location, "MaxConcurrency", "MaxConcurrencyPath");
        ctx.AtMostOne(state, location, "ToleratedFailurePercentage", "ToleratedFailurePercentagePath");
        ctx.AtMostOne(state, location, "ToleratedFailureCount", "ToleratedFailureCountPath");

        MapResourceChecks.ValidateItemReader(ctx, state, location, language);
        MapResourceChecks.ValidateItemBatcher(ctx, state, location, language);
        MapResourceChecks.ValidateResultWriter(ctx, state, location, language);
        MapLabelChecks.Validate(ctx, state, location);
    }
}
