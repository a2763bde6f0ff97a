namespace Cairn.Asl.Tests.Choice;

/// <summary>
/// Finds the AWS-recorded conformance units of the Choice operators. The folder can be moved
/// with CAIRN_CONFORMANCE_DIR (the directory that contains <c>aws-recorded</c>).
/// </summary>
internal static class RecordedChoiceCases
{
    public const int ExpectedUnitCount = 417;

    private const string UnitPrefix = "choice_operators__";

    public static string CasesDirectory
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("CAIRN_CONFORMANCE_DIR") ?? "/work/shared/conformance";
            return Path.Combine(root, "aws-recorded", "cases", "pure_engine");
        }
    }

    public static IReadOnlyList<string> UnitNames()
    {
        if (!Directory.Exists(CasesDirectory))
        {
            return [];
        }

        return Directory.GetDirectories(CasesDirectory, UnitPrefix + "*")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
