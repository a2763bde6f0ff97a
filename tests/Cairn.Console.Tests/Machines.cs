namespace Cairn.Console.Tests;

/// <summary>The definitions the browser tests run.</summary>
internal static class Machines
{
    /// <summary>
    /// Choice, a Parallel whose first branch prices items in a Map (an item over 100 fails its
    /// iteration; the Map's Catch takes over) and whose second calls a function that does not exist
    /// (retried once, then caught), then a callback task that waits for its token.
    /// </summary>
    public const string Orders = """
        {
          "Comment": "Orders: every kind of state the console draws",
          "StartAt": "Validate",
          "States": {
            "Validate": {
              "Type": "Choice",
              "Choices": [{ "Variable": "$.items[0]", "IsPresent": true, "Next": "Fan out" }],
              "Default": "Rejected"
            },
            "Rejected": { "Type": "Fail", "Error": "Order.Empty", "Cause": "The order has no items" },
            "Fan out": {
              "Type": "Parallel",
              "ResultPath": "$.prepared",
              "Next": "Await approval",
              "Branches": [
                {
                  "StartAt": "Price items",
                  "States": {
                    "Price items": {
                      "Type": "Map",
                      "ItemsPath": "$.items",
                      "ItemProcessor": {
                        "StartAt": "Price",
                        "States": {
                          "Price": {
                            "Type": "Choice",
                            "Choices": [{ "Variable": "$", "NumericGreaterThan": 100, "Next": "Too expensive" }],
                            "Default": "Priced"
                          },
                          "Priced": { "Type": "Pass", "End": true },
                          "Too expensive": { "Type": "Fail", "Error": "Price.TooHigh", "Cause": "An item costs more than 100" }
                        }
                      },
                      "Catch": [{ "ErrorEquals": ["States.ALL"], "Next": "Price fallback" }],
                      "End": true
                    },
                    "Price fallback": { "Type": "Pass", "End": true }
                  }
                },
                {
                  "StartAt": "Reserve stock",
                  "States": {
                    "Reserve stock": {
                      "Type": "Task",
                      "Resource": "arn:aws:lambda:us-east-1:123456789012:function:reserve-stock",
                      "Retry": [{ "ErrorEquals": ["States.ALL"], "IntervalSeconds": 1, "MaxAttempts": 1 }],
                      "Catch": [{ "ErrorEquals": ["States.ALL"], "Next": "Stock unknown" }],
                      "End": true
                    },
                    "Stock unknown": { "Type": "Pass", "End": true }
                  }
                }
              ]
            },
            "Await approval": {
              "Type": "Task",
              "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Parameters": {
                "QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/approvals",
                "MessageBody": { "token.$": "$$.Task.Token" }
              },
              "Next": "Done"
            },
            "Done": { "Type": "Succeed" }
          }
        }
        """;

    /// <summary>One callback task: an execution waits on it until its token is sent (or it is stopped).</summary>
    public const string Approval = """
        {
          "StartAt": "Await approval",
          "States": {
            "Await approval": {
              "Type": "Task",
              "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Parameters": { "QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/approvals", "MessageBody": { "token.$": "$$.Task.Token" } },
              "Next": "Done"
            },
            "Done": { "Type": "Succeed" }
          }
        }
        """;

    /// <summary>A Map over the input array: one Pass per item.</summary>
    public const string WideMap = """
        {
          "StartAt": "Each item",
          "States": {
            "Each item": {
              "Type": "Map",
              "MaxConcurrency": 0,
              "ItemProcessor": { "StartAt": "Touch", "States": { "Touch": { "Type": "Pass", "End": true } } },
              "ResultSelector": { "done": true },
              "End": true
            }
          }
        }
        """;

    /// <summary>A counting loop: four events per turn, until $.n reaches $.limit.</summary>
    public const string Loop = """
        {
          "StartAt": "Count",
          "States": {
            "Count": { "Type": "Pass", "Parameters": { "n.$": "States.MathAdd($.n, 1)", "limit.$": "$.limit" }, "Next": "Again?" },
            "Again?": { "Type": "Choice", "Choices": [{ "Variable": "$.n", "NumericLessThanPath": "$.limit", "Next": "Count" }], "Default": "Finished" },
            "Finished": { "Type": "Succeed" }
          }
        }
        """;
}
