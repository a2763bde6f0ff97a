using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Cairn.Console.Tests.Support;

/// <summary>Python functions created on the server's built-in Lambda service through the Lambda API (CreateFunction).</summary>
internal static class Functions
{
    /// <summary>A handler that prints what it got (to stdout and stderr), fails when asked, and answers with a greeting.</summary>
    public const string Greeter = """
        import os, sys
        def handler(event, context):
            print("got", event.get("name"))
            print("<img src=x onerror=\"window.__xss=3\">")
            print("warning on stderr", file=sys.stderr)
            if event.get("fail"):
                raise ValueError("asked to fail")
            return {"greeting": os.environ["GREETING"] + ", " + str(event.get("name"))}
        """;

    public static async Task<JsonObject> CreatePythonAsync(Uri server, string name, string source)
    {
        using var http = new HttpClient { BaseAddress = server };
        var request = new JsonObject
        {
            ["FunctionName"] = name,
            ["Runtime"] = "python3.12",
            ["Role"] = "arn:aws:iam::123456789012:role/lambda",
            ["Handler"] = "app.handler",
            ["Timeout"] = 30,
            ["MemorySize"] = 256,
            ["Environment"] = new JsonObject { ["Variables"] = new JsonObject { ["GREETING"] = "Hello" } },
            ["Code"] = new JsonObject { ["ZipFile"] = Convert.ToBase64String(Zip("app.py", source)) },
        };
        using var response = await http.PostAsJsonAsync("/2015-03-31/functions", request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"CreateFunction answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    private static byte[] Zip(string name, string content)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry(name).Open());
            writer.Write(content);
        }

        return buffer.ToArray();
    }
}
