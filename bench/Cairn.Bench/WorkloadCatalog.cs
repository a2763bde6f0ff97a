using System.Globalization;
using System.Text.RegularExpressions;

namespace Cairn.Bench;

/// <summary>
/// The workloads in the shared folder, with the transitions per execution that its README states.
/// The README is the yardstick's source of truth, so the expected counts are read from it rather
/// than copied here, where they could drift.
/// </summary>
public static partial class WorkloadCatalog
{
    public static IReadOnlyList<Workload> Load(string directory)
    {
        var expected = ReadExpectedTransitions(Path.Combine(directory, "README.md"));
        var workloads = new List<Workload>();
        foreach (var definitionPath in Directory.GetFiles(directory, "*.asl.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(definitionPath)[..^".asl.json".Length];
            var inputPath = Path.Combine(directory, name + ".input.json");
            if (!expected.TryGetValue(name, out var transitions))
            {
                throw new InvalidDataException($"{name}: no transitions per execution in the workloads README");
            }

            workloads.Add(Workload.Compile(name, File.ReadAllText(definitionPath), File.ReadAllText(inputPath), transitions));
        }

        return workloads;
    }

    /// <summary>Reads rows like "| map-1000 | ... | 2,002 states (...) |": the first number of the last column.</summary>
    public static Dictionary<string, int> ReadExpectedTransitions(string readmePath)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(readmePath))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length < 2)
            {
                continue;
            }

            var number = LeadingNumber().Match(cells[^1]);
            if (number.Success)
            {
                result[cells[0]] = int.Parse(number.Value.Replace(",", ""), CultureInfo.InvariantCulture);
            }
        }

        return result;
    }

    [GeneratedRegex(@"^\d[\d,]*")]
    private static partial Regex LeadingNumber();
}
