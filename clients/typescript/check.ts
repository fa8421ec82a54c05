// Uses the API through a client generated from docs/openapi.json (openapi-typescript + openapi-fetch), the way a
// TypeScript user would: login -> v3 call -> refresh -> v3 call -> an invalid token's error. Exits non-zero on any
// deviation. Usage: CORE_API_URL=http://127.0.0.1:8080 CORE_API_USER=admin CORE_API_PASSWORD=... node dist/check.js
import createClient from "openapi-fetch";
import type { paths } from "./generated/schema.js";

const baseUrl = process.env.CORE_API_URL ?? "http://127.0.0.1:8080";
const username = process.env.CORE_API_USER ?? "admin";
const password = process.env.CORE_API_PASSWORD ?? "dev-password";

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) {
    console.error(`FAIL: ${message}`);
    process.exit(1);
  }
  console.log(`ok: ${message}`);
}

const api = createClient<paths>({ baseUrl });
const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

const login = await api.POST("/api/login", { body: { username, password } });
expect(login.response.status === 200 && login.data, "login answers 200 with tokens");
const { access_token, refresh_token } = login.data;

const put = await api.PUT("/api/v3/metadata/{key}", { params: { path: { key: "typescript-client" } }, body: { ok: true }, ...bearer(access_token) });
expect(put.response.status === 200, "PUT /api/v3/metadata/{key} with the access token answers 200");

const refresh = await api.GET("/api/login/refresh", bearer(refresh_token));
expect(refresh.response.status === 200 && refresh.data, "refresh answers 200 with a new access token");

const all = await api.GET("/api/v3/metadata", bearer(refresh.data.access_token));
expect(all.response.status === 200 && all.data && "typescript-client" in all.data, "GET /api/v3/metadata with the refreshed token sees the stored key");

const refused = await api.GET("/api/v3/metadata", bearer("not-a-token"));
expect(refused.response.status === 401, "an invalid token answers 401");
expect(refused.error?.details?.[0] === "Missing or invalid JWT token", "the 401 carries the contract's error body");

const wrong = await api.POST("/api/login", { body: { username, password: `${password}-wrong` } });
expect(wrong.response.status === 401 && wrong.error?.code === 401, "a wrong password answers 401 in the contract's shape");

console.log("typescript client: all checks passed");
