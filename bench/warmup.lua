-- Warm-up mix: every measured request kind in turn, so the JIT has tiered up all of their code paths.
local access = os.getenv("CORE_BENCH_ACCESS")
local refresh = os.getenv("CORE_BENCH_REFRESH")
local requests = {}
local counter = 0
function init(args)
  requests = {
    wrk.format("GET", "/ping"),
    wrk.format("GET", "/api"),
    wrk.format("GET", "/api/v3/metadata", { ["Authorization"] = "Bearer " .. access }),
    wrk.format("GET", "/api/v3/metadata", { ["Authorization"] = "Bearer " .. access:sub(1, -5) .. "AAAA" }),
    wrk.format("GET", "/api/login/refresh", { ["Authorization"] = "Bearer " .. refresh }),
    wrk.format("POST", "/api/login", { ["Content-Type"] = "application/json" }, '{"username":"bench","password":"bench-password"}'),
  }
end
function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end
