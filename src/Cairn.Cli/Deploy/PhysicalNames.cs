using System.Security.Cryptography;
using System.Text;

namespace Cairn.Cli.Deploy;

/// <summary>
/// Names for resources the template does not name, in CloudFormation's style: <c>{stack}-{LogicalId}-{SUFFIX}</c>
/// (state machines <c>{LogicalId}-{suffix}</c>), parts shortened to fit the service's limit. The suffix
/// comes from the stack and logical id, not chance, so deploying again finds the same resources.
/// </summary>
internal static class PhysicalNames
{
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const string Mixed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary><c>{stack}-{logicalId}-{SUFFIX}</c> within <paramref name="maxLength"/> characters, <paramref name="ending"/> (<c>.fifo</c>) kept at the end.</summary>
    public static string Generate(string stack, string logicalId, int maxLength, string ending = "")
    {
        var suffix = Suffix(stack + "/" + logicalId, 13, Upper);
        var budget = maxLength - suffix.Length - ending.Length - 2;
        var stackPart = stack;
        var logicalPart = logicalId;
        if (stackPart.Length + logicalPart.Length > budget)
        {
            stackPart = stackPart[..Math.Min(stackPart.Length, Math.Max(budget / 2, budget - logicalPart.Length))];
            logicalPart = logicalPart[..Math.Min(logicalPart.Length, budget - stackPart.Length)];
        }

        return $"{stackPart}-{logicalPart}-{suffix}{ending}";
    }

    /// <summary>A state machine's name: <c>{LogicalId}-{suffix}</c> (80 characters at most).</summary>
    public static string StateMachine(string stack, string logicalId)
    {
        var suffix = Suffix(stack + "/" + logicalId, 12, Mixed);
        return $"{logicalId[..Math.Min(logicalId.Length, 80 - suffix.Length - 1)]}-{suffix}";
    }

    /// <summary>A GUID-shaped value derived from <paramref name="text"/>.</summary>
    public static Guid StableGuid(string text) => new(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));

    private static string Suffix(string key, int length, string alphabet)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        var suffix = new char[length];
        for (var i = 0; i < length; i++)
        {
            suffix[i] = alphabet[hash[i] % alphabet.Length];
        }

        return new string(suffix);
    }
}
