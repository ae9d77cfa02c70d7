-- wrk: each request a public URL from urls.txt (URLS), drawn by a Zipf law (exponent 1: the
-- k-th URL k times less often than the first), with the headers a browser sends.
local urls, cumulative, total = {}, {}, 0

function init(args)
  for line in io.lines(os.getenv("URLS") or "urls.txt") do
    urls[#urls + 1] = line
    total = total + 1 / #urls
    cumulative[#urls] = total
  end
  math.randomseed(tonumber(os.getenv("SEED") or "1") + (args[1] and tonumber(args[1]) or 0) + os.time())
  wrk.headers["Accept-Encoding"] = "gzip, deflate, br, zstd"
  wrk.headers["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
  wrk.headers["Accept-Language"] = "zh-CN,zh;q=0.9,en;q=0.8"
  wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36"
end

function request()
  local x, lo, hi = math.random() * total, 1, #urls
  while lo < hi do
    local mid = math.floor((lo + hi) / 2)
    if cumulative[mid] < x then lo = mid + 1 else hi = mid end
  end
  return wrk.format("GET", urls[lo])
end
