using System.Text;
using System.Xml.Linq;
using Cairn.Integrations.Iam;
using Cairn.Server.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace Cairn.Server.Iam;

/// <summary>
/// The query protocol of IAM and STS on the server's port: <c>POST /</c> with a form-encoded body
/// (<c>Action=CreateRole&amp;Version=2010-05-08&amp;...</c>), answered with XML as IAM answers:
/// <c>&lt;ActionResponse&gt;&lt;ActionResult&gt;...</c>, errors as
/// <c>&lt;ErrorResponse&gt;&lt;Error&gt;&lt;Type&gt;Sender&lt;/Type&gt;&lt;Code&gt;...</c>. SigV4-checked when
/// the server has credentials.
/// </summary>
public sealed class QueryEndpoint
{
    public const string FormContentType = "application/x-www-form-urlencoded";
    private const int MaxRequestBytes = 1024 * 1024;

    private readonly IReadOnlyDictionary<string, QueryAction> _actions;
    private readonly string _accountId;
    private readonly SigV4Verifier? _signatures;
    private readonly ILogger _logger;

    public QueryEndpoint(IamService iam, SigV4Verifier? signatures, ILogger logger)
    {
        _actions = RoleActions.Create(iam).Concat(RolePolicyActions.Create(iam)).Concat(PolicyActions.Create(iam)).Concat(StsActions.Create())
            .ToDictionary(a => a.Name, StringComparer.Ordinal);
        _accountId = iam.AccountId;
        _signatures = signatures;
        _logger = logger;
    }

    /// <summary>Whether a <c>POST /</c> is a query-protocol request (rather than Step Functions' JSON).</summary>
    public static bool Accepts(HttpRequest request) =>
        request.ContentType?.StartsWith(FormContentType, StringComparison.OrdinalIgnoreCase) == true && !request.Headers.ContainsKey("X-Amz-Target");

    public async Task HandleAsync(HttpContext context)
    {
        var requestId = Guid.NewGuid().ToString();
        var service = QueryService.Iam;
        try
        {
            var body = await ReadBodyAsync(context).ConfigureAwait(false);
            var fields = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body))
                .ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
            var name = fields.GetValueOrDefault("Action") ?? string.Empty;
            _actions.TryGetValue(name, out var action);
            service = action?.Service ?? (fields.GetValueOrDefault("Version") == QueryService.Sts.Version ? QueryService.Sts : QueryService.Iam);
            _signatures?.Verify(context.Request, body);
            if (action is null)
            {
                throw new IamException("InvalidAction", $"Could not find operation {name} for version {fields.GetValueOrDefault("Version") ?? "NO_VERSION_SPECIFIED"}");
            }

            var result = action.Handle(new QueryRequest(fields, _accountId));
            await WriteAsync(context, 200, Response(service, name, result, requestId)).ConfigureAwait(false);
        }
        catch (IamException e)
        {
            await WriteAsync(context, e.StatusCode, Error(service, e.Code, e.Message, requestId)).ConfigureAwait(false);
        }
        catch (ApiException e)
        {
            await WriteAsync(context, e.Status, Error(service, e.Type, e.Message, requestId)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Query request {RequestId} failed", requestId);
            await WriteAsync(context, 500, Error(service, "ServiceFailure", $"The request processing has failed because of an unknown error (request {requestId}).", requestId, "Receiver")).ConfigureAwait(false);
        }
    }

    private static XDocument Response(QueryService service, string action, IEnumerable<XElement>? result, string requestId)
    {
        XNamespace ns = service.Namespace;
        var root = new XElement(ns + (action + "Response"));
        if (result is not null)
        {
            root.Add(new XElement(ns + (action + "Result"), result.Select(e => InNamespace(e, ns))));
        }

        root.Add(new XElement(ns + "ResponseMetadata", new XElement(ns + "RequestId", requestId)));
        return new XDocument(root);
    }

    private static XDocument Error(QueryService service, string code, string message, string requestId, string type = "Sender")
    {
        XNamespace ns = service.Namespace;
        return new XDocument(new XElement(
            ns + "ErrorResponse",
            new XElement(ns + "Error", new XElement(ns + "Type", type), new XElement(ns + "Code", code), new XElement(ns + "Message", message)),
            new XElement(ns + "RequestId", requestId)));
    }

    private static XElement InNamespace(XElement element, XNamespace ns)
    {
        foreach (var e in element.DescendantsAndSelf())
        {
            e.Name = ns + e.Name.LocalName;
        }

        return element;
    }

    private static async Task<byte[]> ReadBodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxRequestBytes)
            {
                throw new IamException("RequestEntityTooLarge", $"Request must be smaller than {MaxRequestBytes} bytes.", 413);
            }
        }

        return buffer.ToArray();
    }

    private static async Task WriteAsync(HttpContext context, int status, XDocument document)
    {
        var bytes = Encoding.UTF8.GetBytes(document.ToString(SaveOptions.DisableFormatting));
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/xml";
        context.Response.ContentLength = bytes.Length;
        context.Response.Headers["x-amzn-RequestId"] = Guid.NewGuid().ToString();
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }
}
