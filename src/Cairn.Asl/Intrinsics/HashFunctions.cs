using System.Security.Cryptography;
using System.Text;
using Cairn.Asl.Data;
using Cairn.Json;

namespace Cairn.Asl.Intrinsics;

/// <summary>The hash calculation intrinsic: States.Hash.</summary>
internal static class HashFunctions
{
    /// <summary>The longest data string States.Hash accepts (AWS documents 10,000 characters).</summary>
    public const int MaxInputLength = 10_000;

    public static JValue Hash(IntrinsicCall call, JValue[] arguments, IDataScope scope)
    {
        // AWS hashes non-string data too, by its JSON text; the algorithm must be a string.
        var data = arguments[0] is JString s ? s.Value : arguments[0].ToJson();
        var algorithm = IntrinsicArguments.RequireString(call, arguments[1]);
        if (data.Length > MaxInputLength)
        {
            throw IntrinsicErrors.InvalidArguments(call);
        }

        return TryHash(data, algorithm, out var hex) ? new JString(hex) : throw IntrinsicErrors.InvalidArguments(call);
    }

    /// <summary>
    /// The lower-case hex digest of the UTF-8 bytes of <paramref name="data"/>. Names are matched
    /// exactly as AWS lists them (MD5, SHA-1, SHA-256, SHA-384, SHA-512): "sha-256" or "SHA256" are rejected.
    /// </summary>
    public static bool TryHash(string data, string algorithm, out string hex)
    {
        var bytes = Encoding.UTF8.GetBytes(data);
        byte[]? digest = algorithm switch
        {
            "MD5" => MD5.HashData(bytes),
            "SHA-1" => SHA1.HashData(bytes),
            "SHA-256" => SHA256.HashData(bytes),
            "SHA-384" => SHA384.HashData(bytes),
            "SHA-512" => SHA512.HashData(bytes),
            _ => null,
        };

        hex = digest is null ? string.Empty : Convert.ToHexStringLower(digest);
        return digest is not null;
    }
}
