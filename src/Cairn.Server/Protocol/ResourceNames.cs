using Cairn.Engine.Hosting;

namespace Cairn.Server.Protocol;

/// <summary>State machine and execution names in requests, checked with AWS's rules (<see cref="NameRules"/>).</summary>
public static class ResourceNames
{
    public const int MaxLength = NameRules.MaxLength;

    public static bool IsValid(string name) => NameRules.IsValid(name);

    /// <summary>Reads a required name member and checks it: ValidationException for its length, InvalidName for its characters.</summary>
    public static string Require(ApiRequest request, string field)
    {
        var name = request.OptionalText(field, 1, MaxLength, allowUnpairedSurrogates: true) ?? throw ApiErrors.Missing(field);
        return IsValid(name) ? name : throw ApiErrors.InvalidName(name);
    }
}
