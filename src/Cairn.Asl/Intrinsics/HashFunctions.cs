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

        var bytes = Encoding.UTF8.GetBytes(data);

        // Names are matched exactly as AWS lists them: "sha-256" or "SHA256" are rejected.
        byte[] digest = algorithm switch
        {
            "MD5" => MD5.HashData(bytes),
            "SHA-1" => SHA1.HashData(bytes),
            "SHA-256" => SHA256.HashData(bytes),
            "SHA-384" => SHA384.HashData(bytes),
            "SHA-512" => SHA512.HashData(bytes),
            _ => throw IntrinsicErrors.InvalidArguments(call),
        };

        return new JString(Convert.ToHexStringLower(digest));
    }
}
