// The Serverless Framework functions of the CreateOrderStateMachine: callExternalApi calls a flaky
// external API (its first `failuresBeforeSuccess` calls for an order fail, counted in this warm
// sandbox), logError logs what the catcher hands it.
const calls = new Map();

class ExternalApiUnavailable extends Error {
  constructor(message) {
    super(message);
    this.name = "ExternalApiUnavailable";
  }
}

exports.callExternalApi = async (event) => {
  const attempt = (calls.get(event.orderId) ?? 0) + 1;
  calls.set(event.orderId, attempt);
  console.log(`calling the external API for ${event.orderId}, attempt ${attempt}`);
  if (attempt <= (event.failuresBeforeSuccess ?? 0)) {
    throw new ExternalApiUnavailable("503 Service Unavailable");
  }
  return { orderId: event.orderId, externalReference: `EXT-${554 + attempt}`, status: "CREATED" };
};

exports.logError = async (event) => {
  console.error(`order failed: ${event.Error}: ${event.Cause}`);
  return { logged: true, logGroup: "/aws/lambda/logError", error: event.Error };
};
