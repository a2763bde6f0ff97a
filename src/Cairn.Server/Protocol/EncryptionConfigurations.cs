namespace Cairn.Server.Protocol;

/// <summary>
/// The <c>encryptionConfiguration</c> member of CreateStateMachine, UpdateStateMachine and
/// CreateActivity, checked as AWS's model bounds it: <c>type</c> required and one of AWS's two,
/// <c>kmsKeyId</c> of 1–2048 characters, <c>kmsDataKeyReusePeriodSeconds</c> from 60 to 900.
/// Data is kept with the server's own protection whatever is asked, as with AWS-owned keys.
/// </summary>
public static class EncryptionConfigurations
{
    private static readonly string[] Types = ["AWS_OWNED_KEY", "CUSTOMER_MANAGED_KMS_KEY"];

    public static void Check(ApiRequest request)
    {
        if (request.OptionalObject("encryptionConfiguration") is not { } configuration)
        {
            return;
        }

        var scoped = new ApiRequest(configuration, request.Caller);
        if (scoped.OptionalEnum("type", Types) is null)
        {
            throw ApiErrors.Missing("encryptionConfiguration.type");
        }

        scoped.OptionalString("kmsKeyId", 1, 2048);
        scoped.OptionalInt("kmsDataKeyReusePeriodSeconds", 60, 900);
    }
}
