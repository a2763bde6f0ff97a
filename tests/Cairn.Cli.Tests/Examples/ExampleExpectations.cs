namespace Cairn.Cli.Tests.Examples;

/// <summary>
/// The expected outcome of every test case of every example, as its README states it:
/// example, test case, status, then the output (SUCCEEDED) or the error and cause (FAILED).
/// </summary>
public static class ExampleExpectations
{
    private const string AltarCleaned =
        """{"ExecutedVersion":"$LATEST","StatusCode":200,"Payload":{"status":"success","state":{"altarId":"altar-42","stage":"cleaned","cleanedAfter":"{0}"}}}""";

    private const string OrderProcessingBranches =
        """[{"messageId":"MSG-1","channel":"email"},{"shipmentId":"SHIP-9","carrier":"UPS"},{"recorded":true}]""";

    public static TheoryData<string, string, string, string?, string?, string?> Cases { get; } = new()
    {
        { "activator-processor", "HappyPath", "SUCCEEDED", """{"bucket":"hsi-processed-images","key":"scans/2024-03-01/scene-0001.npy","bands":224}""", null, null },
        { "activator-processor", "ActivatorFails", "FAILED", null, "KeyError", "'Records'" },
        { "activator-processor", "ProcessorFails", "FAILED", null, "Lambda.AWSLambdaException", "Task timed out after 3.00 seconds" },

        { "altar-pipeline", "HappyPath", "SUCCEEDED", AltarCleaned.Replace("{0}", "recorded", StringComparison.Ordinal), null, null },
        { "altar-pipeline", "InstallationFails", "SUCCEEDED", AltarCleaned.Replace("{0}", "install-failed", StringComparison.Ordinal), null, null },
        { "altar-pipeline", "ExecutionFails", "SUCCEEDED", AltarCleaned.Replace("{0}", "execution-failed", StringComparison.Ordinal), null, null },
        { "altar-pipeline", "UnknownStatusTakesDefaults", "SUCCEEDED", AltarCleaned.Replace("{0}", "recorded", StringComparison.Ordinal), null, null },
        { "altar-pipeline", "InstallerCrashes", "FAILED", null, "Lambda.ServiceException", "The altar installer is unavailable." },
        // Step Functions' wording for a Choice Variable path that does not exist; event #7 is ChoiceStateEntered.
        { "altar-pipeline", "InstallerOmitsStatus", "FAILED", null, "States.Runtime",
            "An error occurred while executing the state 'ALTAR_CONTINUE_TO_EXECUTION' (entered at the event id #7). Invalid path '$.Payload.status': The choice state's condition path references an invalid value." },

        { "call-external-api", "HappyPath", "SUCCEEDED", """{"orderId":"ORD-1001","externalReference":"EXT-555","status":"CREATED"}""", null, null },
        { "call-external-api", "RetryThenSuccess", "SUCCEEDED", """{"orderId":"ORD-1001","externalReference":"EXT-556","status":"CREATED"}""", null, null },
        { "call-external-api", "SucceedsOnLastRetry", "SUCCEEDED", """{"orderId":"ORD-1001","externalReference":"EXT-557","status":"CREATED"}""", null, null },
        { "call-external-api", "CaughtError", "SUCCEEDED", """{"logged":true,"logGroup":"/aws/lambda/logError"}""", null, null },
        { "call-external-api", "FallbackFails", "FAILED", null, "Lambda.ServiceException", "Rate exceeded" },
        { "call-external-api", "RetriesNotMocked", "FAILED", null, "States.Runtime",
            "No mocked response for state 'CallExternalApi' of state machine 'call-external-api' in test case 'RetriesNotMocked': mocked response 'ApiFailsOnce' answers invocation 0, but this is invocation 1 (retries and Map iterations count)." },

        { "hello-world-reverse", "HappyPath", "SUCCEEDED",
            """{"statusCode":200,"headers":{"Access-Control-Allow-Origin":"*","Access-Control-Allow-Methods":"GET, POST, PUT, DELETE, OPTIONS","content-type":"application/json"},"body":{"payload":"MOM IH"}}""", null, null },
        { "hello-world-reverse", "HelloWorldFails", "FAILED", null, "Lambda.Unknown", "The hello-world function crashed." },
        { "hello-world-reverse", "ReverseFails", "FAILED", null, "TypeError", "payload.split is not a function" },

        { "order-fulfilment", "HappyPath", "SUCCEEDED",
            """{"orderId":"ORD-001","items":[{"sku":"BOOK-42","quantity":1},{"sku":"PEN-7","quantity":3},{"sku":"MUG-2","quantity":2}],"defaults":{"status":"pending","retryCount":0},"processedItems":[{"processed":true},{"processed":true},{"processed":true}],"callback":{"status":"approved","approvedBy":"ops@example.com"},"notifications":[{"channel":"email","sent":true},{"channel":"sms","sent":true},{"table":"orders","updated":true}]}""", null, null },
        { "order-fulfilment", "ItemProcessingFails", "FAILED", null, "ItemProcessingError", "The item could not be processed" },
        { "order-fulfilment", "CallbackFails", "FAILED", null, "ProcessingError", "Warehouse rejected the order" },
        { "order-fulfilment", "CallbackTimesOut", "FAILED", null, "States.Timeout", "No callback within 3600 seconds" },

        { "order-invoice-jsonata", "HappyPath", "SUCCEEDED", """{"orderId":"ORD-7","total":72,"receiptId":"R-5f80a17f","packages":[["A-1","B-2"],["C-3"]]}""", null, null },
        { "order-invoice-jsonata", "CardDeclined", "FAILED", null, "Payment.Declined", "Order ORD-7: insufficient funds" },
        { "order-invoice-jsonata", "PaymentServiceDown", "FAILED", null, "Lambda.ServiceException", "The payment service is unavailable." },

        { "order-processing", "HappyPath", "SUCCEEDED", OrderProcessingBranches, null, null },
        { "order-processing", "LargeOrderApproved", "SUCCEEDED", OrderProcessingBranches, null, null },
        { "order-processing", "LargeOrderRejected", "FAILED", null, "OrderRejected", "Order was rejected during approval" },
        { "order-processing", "ValidationFails", "FAILED", null, "ValidationError", "Order validation failed" },
        { "order-processing", "OutOfStock", "FAILED", null, "OrderFailed", "Order processing failed" },
        { "order-processing", "PaymentRetriedThenSucceeds", "SUCCEEDED", OrderProcessingBranches, null, null },
        { "order-processing", "PaymentDeclined", "FAILED", null, "PaymentFailed", "Payment processing failed" },
        { "order-processing", "PaymentServiceDown", "FAILED", null, "PaymentServiceError", "Payment gateway timed out" },
        { "order-processing", "ShipmentFails", "FAILED", null, "ShipmentError", "No carrier accepts the destination" },

        { "order-processing-sam", "HappyPath", "SUCCEEDED", """{"orderId":"ORD-001","paymentId":"PAY-123","notified":true}""", null, null },
        { "order-processing-sam", "ValidationFails", "FAILED", null, "ValidationError", "amount must be positive" },
        { "order-processing-sam", "PaymentFails", "FAILED", null, "PaymentDeclined", "Card declined" },
    };
}
