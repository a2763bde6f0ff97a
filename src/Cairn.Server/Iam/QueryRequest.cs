using System.Globalization;
using Cairn.Integrations.Iam;

namespace Cairn.Server.Iam;

/// <summary>
/// A query-protocol request: form fields (<c>Action=CreateRole&amp;RoleName=...</c>), with lists
/// and structures flattened as the protocol flattens them (<c>Tags.member.1.Key</c>).
/// </summary>
public sealed class QueryRequest(IReadOnlyDictionary<string, string> fields, string accountId)
{
    public string AccountId { get; } = accountId;

    public string? Optional(string name) => fields.TryGetValue(name, out var value) ? value : null;

    public string Required(string name) =>
        Optional(name) ?? throw IamException.Validation($"1 validation error detected: Value null at '{char.ToLowerInvariant(name[0]) + name[1..]}' failed to satisfy constraint: Member must not be null");

    public int? Int(string name)
    {
        var text = Optional(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw IamException.Validation($"1 validation error detected: Value '{text}' at '{name}' failed to satisfy constraint: Member must be an integer");
    }

    public bool? Bool(string name) => Optional(name) switch
    {
        null => null,
        var text => bool.TryParse(text, out var value) ? value : throw IamException.Validation($"1 validation error detected: Value '{text}' at '{name}' failed to satisfy constraint: Member must be a boolean"),
    };

    /// <summary>A list of strings (<c>TagKeys.member.1</c>, <c>TagKeys.member.2</c>, ...).</summary>
    public IReadOnlyList<string> List(string name)
    {
        var items = new List<string>();
        for (var i = 1; Optional($"{name}.member.{i}") is { } item; i++)
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>A list of tags (<c>Tags.member.N.Key</c>, <c>Tags.member.N.Value</c>), or null when none is given.</summary>
    public IReadOnlyList<IamTag>? Tags(string name = "Tags")
    {
        var tags = new List<IamTag>();
        for (var i = 1; Optional($"{name}.member.{i}.Key") is { } key; i++)
        {
            tags.Add(new IamTag(key, Optional($"{name}.member.{i}.Value") ?? string.Empty));
        }

        return tags.Count == 0 ? null : tags;
    }
}
