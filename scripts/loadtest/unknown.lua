-- wrk: a client sending made-up query parameters in a loop (`/compare?x=N`, then the same
-- page with its parameters in another order), each URL new.
local n = 0
function request()
  n = n + 1
  if n % 2 == 0 then
    return wrk.format("GET", "/compare?x=" .. n)
  end
  return wrk.format("GET", "/compare?period=2020&indicator=synthetic_00" .. (n % 9 + 1) .. "&n=" .. n)
end
