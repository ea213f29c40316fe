/** Free-form custom data as JSON carries it: the gateway's JSON and JSONObject scalars. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export type JsonObject = { [key: string]: JsonValue };
