-- fib.lua: the Lua 5.4 twin of bench/fib.py (same algorithm, same output).
local function fib(n)
    if n < 2 then
        return n
    end
    return fib(n - 1) + fib(n - 2)
end

local total = 0
for _ = 1, 4 do
    total = total + fib(30)
end
print("fib checksum: " .. total)
