namespace Cairn.Cli.Tests.Support;

/// <summary>Small definitions for the command-line tests.</summary>
internal static class Definitions
{
    public const string Pass = """{"StartAt":"A","States":{"A":{"Type":"Pass","Result":{"ok":true},"End":true}}}""";

    public const string Fail = """{"StartAt":"A","States":{"A":{"Type":"Fail","Error":"Boom","Cause":"it broke"}}}""";

    public const string OneTask = """{"StartAt":"Work","States":{"Work":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:work","End":true}}}""";

    public const string NextMissing = """{"StartAt":"X","States":{"X":{"Type":"Pass","Next":"Nowhere"},"Y":{"Type":"Succeed"}}}""";

    public static string Wait(int seconds) => """{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":""" + seconds + ""","End":true}}}""";

    public const string MockConfig = """
        {
          "StateMachines": { "machine": { "TestCases": { "Works": { "Work": "Done" } } } },
          "MockedResponses": { "Done": { "0": { "Return": { "done": true } } } }
        }
        """;
}
