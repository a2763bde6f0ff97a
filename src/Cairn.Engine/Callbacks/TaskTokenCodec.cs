using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Cairn.Engine.Callbacks;

/// <summary>
/// Task tokens: opaque, authenticated and unguessable. A token seals which execution issued it
/// and the how-manieth token of that execution it is (AES-GCM under a server secret, with a
/// synthetic nonce derived from the sealed content), so the same execution replayed from its log
/// issues the same tokens, a token leads to its execution without a lookup table, and a token
/// that was not issued here (or was altered) does not open.
/// </summary>
public sealed class TaskTokenCodec
{
    /// <summary>AWS accepts task tokens of up to 2048 characters; ours stay well below 1024.</summary>
    public const int MaxLength = 2048;

    public const int KeyBytes = 32;

    private const byte Version = 1;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private const int MaxArnBytes = 512;

    private readonly byte[] _encryptionKey;
    private readonly byte[] _nonceKey;

    public TaskTokenCodec(ReadOnlySpan<byte> secret)
    {
        if (secret.Length < KeyBytes)
        {
            throw new ArgumentException($"The task token secret must have at least {KeyBytes} bytes", nameof(secret));
        }

        _encryptionKey = HMACSHA256.HashData(secret, "cairn task token encryption"u8);
        _nonceKey = HMACSHA256.HashData(secret, "cairn task token nonce"u8);
    }

    /// <summary>A codec with a fresh random secret: its tokens mean nothing to any other process.</summary>
    public static TaskTokenCodec CreateEphemeral() => new(RandomNumberGenerator.GetBytes(KeyBytes));

    /// <summary>A codec whose secret is kept in <paramref name="secrets"/> (made on first use), so tokens survive restarts.</summary>
    public static TaskTokenCodec FromSecrets(Storage.IServerSecretStore secrets) =>
        new(secrets.GetOrCreateSecret("task-token-key", () => RandomNumberGenerator.GetBytes(KeyBytes)));

    /// <summary>The token for the <paramref name="index"/>-th token (from 0) of an execution.</summary>
    public string Issue(string executionArn, int index)
    {
        var arn = Encoding.UTF8.GetBytes(executionArn);
        if (arn.Length > MaxArnBytes)
        {
            throw new ArgumentException("The execution ARN is too long for a task token", nameof(executionArn));
        }

        var plain = new byte[2 + arn.Length + 4];
        BinaryPrimitives.WriteUInt16BigEndian(plain, (ushort)arn.Length);
        arn.CopyTo(plain, 2);
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(2 + arn.Length), index);

        var token = new byte[1 + NonceBytes + TagBytes + plain.Length];
        token[0] = Version;
        var nonce = token.AsSpan(1, NonceBytes);
        HMACSHA256.HashData(_nonceKey, plain).AsSpan(0, NonceBytes).CopyTo(nonce);
        using var aes = new AesGcm(_encryptionKey, TagBytes);
        aes.Encrypt(nonce, plain, token.AsSpan(1 + NonceBytes + TagBytes), token.AsSpan(1 + NonceBytes, TagBytes), [Version]);
        return Convert.ToBase64String(token).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The execution and token index a token names; false when it is not a token issued with this secret.</summary>
    public bool TryOpen(string token, out string executionArn, out int index)
    {
        executionArn = string.Empty;
        index = 0;
        if (token.Length is 0 or > MaxLength)
        {
            return false;
        }

        var bytes = new byte[(token.Length * 3 / 4) + 3];
        var text = token.Replace('-', '+').Replace('_', '/') + new string('=', (4 - (token.Length % 4)) % 4);
        if (!Convert.TryFromBase64String(text, bytes, out var length) || length < 1 + NonceBytes + TagBytes + 6 || bytes[0] != Version)
        {
            return false;
        }

        var plain = new byte[length - 1 - NonceBytes - TagBytes];
        try
        {
            using var aes = new AesGcm(_encryptionKey, TagBytes);
            aes.Decrypt(bytes.AsSpan(1, NonceBytes), bytes.AsSpan(1 + NonceBytes + TagBytes, plain.Length), bytes.AsSpan(1 + NonceBytes, TagBytes), plain, [Version]);
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }

        var arnLength = BinaryPrimitives.ReadUInt16BigEndian(plain);
        if (plain.Length != 2 + arnLength + 4)
        {
            return false;
        }

        executionArn = Encoding.UTF8.GetString(plain, 2, arnLength);
        index = BinaryPrimitives.ReadInt32BigEndian(plain.AsSpan(2 + arnLength));
        return true;
    }
}
