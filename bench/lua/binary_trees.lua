-- binary_trees.lua: the Lua 5.4 twin of bench/binary_trees.py (same algorithm, same output).
-- Python's class instances become {left=, right=} tables, its tuples become {l, r} arrays.
local function make_tree(depth)
    if depth == 0 then
        return {left = false, right = false}
    end
    depth = depth - 1
    return {left = make_tree(depth), right = make_tree(depth)}
end

local function check(node)
    if not node.left then
        return 1
    end
    return 1 + check(node.left) + check(node.right)
end

local function make_tuple_tree(depth)
    if depth == 0 then
        return {false, false}
    end
    depth = depth - 1
    return {make_tuple_tree(depth), make_tuple_tree(depth)}
end

local function check_tuple(t)
    local left, right = t[1], t[2]
    if not left then
        return 1
    end
    return 1 + check_tuple(left) + check_tuple(right)
end

local function main(max_depth)
    local min_depth = 4
    local stretch = max_depth + 1
    print(string.format("stretch tree of depth %d\t check: %d", stretch, check(make_tree(stretch))))
    local long_lived = make_tree(max_depth)
    for depth = min_depth, max_depth, 2 do
        local iterations = 1 << (max_depth - depth + min_depth)
        local total = 0
        for _ = 1, iterations do
            if depth % 4 == 0 then
                total = total + check_tuple(make_tuple_tree(depth))
            else
                total = total + check(make_tree(depth))
            end
        end
        print(string.format("%d\t trees of depth %d\t check: %d", iterations, depth, total))
    end
    print(string.format("long lived tree of depth %d\t check: %d", max_depth, check(long_lived)))
end

main(14)
