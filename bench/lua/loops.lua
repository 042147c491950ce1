-- loops.lua: the Lua 5.4 twin of bench/loops.py (same algorithm, same output).
local function work(n)
    local acc = 0
    local i = 0
    while i < n do
        acc = (acc + i * i) % 1000003
        i = i + 1
    end
    for j = 0, n - 1 do
        if j & 1 == 1 then
            acc = acc + j
        else
            acc = acc - j // 2
        end
    end
    return acc
end

print("loops checksum: " .. work(3000000))
