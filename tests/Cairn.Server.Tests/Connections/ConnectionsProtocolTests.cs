using System.Text;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Connections;

/// <summary>
/// EventBridge speaks AWS JSON 1.1: its connection actions on Cairn's port answer (and fail) with
/// <c>application/x-amz-json-1.1</c>, while Step Functions' actions keep <c>application/x-amz-json-1.0</c>.
/// </summary>
public sealed class ConnectionsProtocolTests
{
    [Theory]
    [InlineData("AWSEvents.ListConnections", "{}", 200, "application/x-amz-json-1.1")]
    [InlineData("AWSEvents.DescribeConnection", """{"Name":"missing"}""", 400, "application/x-amz-json-1.1")]
    [InlineData("AWSEvents.CreateConnection", """{"Name":"bad name!"}""", 400, "application/x-amz-json-1.1")]
    [InlineData("AWSEvents.CreateConnection", "not json", 400, "application/x-amz-json-1.1")]
    [InlineData("AWSStepFunctions.ListStateMachines", "{}", 200, "application/x-amz-json-1.0")]
    [InlineData("AWSStepFunctions.DescribeStateMachine", "{}", 400, "application/x-amz-json-1.0")]
    [InlineData("AWSStepFunctions.NoSuchAction", "{}", 400, "application/x-amz-json-1.0")]
    [InlineData("AWSEvents.PutRule", "{}", 400, "application/x-amz-json-1.1")]
    public async Task AnswersCarryTheContentTypeOfTheTargetsService(string target, string body, int status, string contentType)
    {
        await using var server = await InProcessServer.StartAsync();
        var (answered, text, response) = await server.Client.SendBytesAsync(target, Encoding.UTF8.GetBytes(body));
        using (response)
        {
            Assert.Equal(status, answered);
            Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
            Assert.Contains(status == 200 ? "{" : "__type", text, StringComparison.Ordinal);
        }
    }
}
