// Publishes the config file's JSON Schema at the address `outside-in init` writes into configs,
// so editors can complete .outside-in.yaml / .json.
import schema from "../../../../schema/outside-in.schema.json";

export function GET(): Response {
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
}
