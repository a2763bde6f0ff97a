// reverse: reverses the payload's text and answers as an API Gateway proxy integration would.
export const handler = async (event) => ({
  statusCode: 200,
  headers: {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, PUT, DELETE, OPTIONS",
    "content-type": "application/json",
  },
  body: { payload: event.payload.split("").reverse().join("") },
});
