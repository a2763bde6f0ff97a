using Cairn.Asl.Data;
using Cairn.Asl.Jsonata;
using Cairn.Asl.Paths;

namespace Cairn.Asl.Model;

public sealed class MapState : State
{
    public MapState(StateCommon common, MapConfiguration configuration, ResultHandling handling, ErrorHandling errorHandling)
        : base(common)
    {
        Configuration = configuration;
        ItemProcessor = configuration.ItemProcessor;
        Handling = handling;
        ErrorHandling = errorHandling;
    }

    public override StateType Type => StateType.Map;

    public MapConfiguration Configuration { get; }

    /// <summary>ItemProcessor (or the legacy Iterator).</summary>
    public StateMachine ItemProcessor { get; }

    /// <summary>Parameters is not used by Map (the legacy Parameters is <see cref="MapConfiguration.ItemSelector"/>).</summary>
    public ResultHandling Handling { get; }

    public ErrorHandling ErrorHandling { get; }
}

/// <summary>
/// The Map-specific fields. JSONPath states select items with ItemsPath and shape them with
/// ItemSelector; JSONata states use <see cref="Items"/> (default: the state input) and
/// <see cref="JsonataItemSelector"/>.
/// </summary>
public sealed record MapConfiguration(
    StateMachine ItemProcessor,
    bool IsDistributed,
    JsonPath? ItemsPath,
    PayloadTemplate? ItemSelector,
    ValueSource? MaxConcurrency,
    ValueSource? ToleratedFailurePercentage,
    ValueSource? ToleratedFailureCount,
    string? Label,
    JsonataTemplate? Items = null,
    JsonataTemplate? JsonataItemSelector = null,
    ItemReader? ItemReader = null,
    ItemBatcher? ItemBatcher = null,
    ResultWriter? ResultWriter = null,
    string ProcessorExecutionType = "STANDARD");
