-- PUT a body of BENCH_SIZE bytes to one of 64 rotating memfs paths, with the memfs Basic credentials.
local size = tonumber(os.getenv("BENCH_SIZE") or "1048576")
local auth = os.getenv("BENCH_AUTH")
local ext = os.getenv("BENCH_EXT") or "ts"
local body = string.rep("x", size)
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("PUT", "/memfs/bench/seg_" .. (counter % 64) .. "." .. ext, { ["Authorization"] = "Basic " .. auth }, body)
end
