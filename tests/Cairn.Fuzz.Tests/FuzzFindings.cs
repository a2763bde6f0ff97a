using System.Text;

namespace Cairn.Fuzz.Tests;

/// <summary>Runs a target over inputs and collects what escapes it, with the input, for one failure message.</summary>
internal sealed class FuzzFindings(string target)
{
    private readonly List<string> _findings = [];

    public int Runs { get; private set; }

    public void Run(byte[] input, Action<byte[]> run)
    {
        Runs++;
        try
        {
            run(input);
        }
        catch (Exception e)
        {
            if (_findings.Count < 10)
            {
                _findings.Add($"{e.GetType().Name}: {e.Message}\n    input: {Show(input)}\n    at: {FirstFrame(e)}");
            }
        }
    }

    public void AssertNone() =>
        Assert.True(_findings.Count == 0, $"{target}: {_findings.Count} finding(s) in {Runs} inputs:\n" + string.Join("\n", _findings));

    private static string Show(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        text = text.Length > 400 ? text[..400] + "..." : text;
        return $"{text}  [hex {Convert.ToHexString(input.AsSpan(0, Math.Min(input.Length, 64)))}]";
    }

    private static string FirstFrame(Exception e) =>
        e.StackTrace?.Split('\n').FirstOrDefault(line => line.Contains(" Cairn.", StringComparison.Ordinal) && !line.Contains("Cairn.Fuzz", StringComparison.Ordinal))?.Trim() ?? "?";
}
