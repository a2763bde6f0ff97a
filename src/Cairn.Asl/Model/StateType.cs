namespace Cairn.Asl.Model;

/// <summary>The eight ASL state types; the names are those of the <c>Type</c> field.</summary>
public enum StateType
{
    Pass,
    Task,
    Choice,
    Wait,
    Succeed,
    Fail,
    Parallel,
    Map,
}
