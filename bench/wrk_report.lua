-- Prints one JSON line after a wrk run: latency percentiles (microseconds), requests, errors.
-- With the script argument "bust" every request gets a unique `_b=` query parameter, so no cached
-- page can answer it: the latency of building the page.
local bust = false
local counter = 0

function init(args)
  bust = args[1] == "bust"
  math.randomseed(os.time() * 1000 + math.floor(os.clock() * 1e6))
end

function request()
  if not bust then
    return wrk.request()
  end
  counter = counter + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. sep .. "_b=" .. math.random(1, 1e9) .. "-" .. counter)
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format(
    'WRK_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "errors": %d, "status_errors": %d, '
      .. '"timeouts": %d, "p50": %d, "p95": %d, "p99": %d, "max": %d, "mean": %.1f}\n',
    summary.requests, summary.duration, summary.bytes, errors, summary.errors.status,
    summary.errors.timeout, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max, latency.mean))
end
