def is_pal(s):
    cleaned = [c.lower() for c in s if c.isalpha()]
    return cleaned == cleaned[::-1]
tests = ["A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?", "", "ab"]
for t in tests:
    print(f"{t!r:40} -> {is_pal(t)}")
def longest_pal_sub(s):
    best = ""
    for i in range(len(s)):
        for j in (i, i + 1):
            l, r = i, j
            while l >= 0 and r < len(s) and s[l] == s[r]:
                l -= 1; r += 1
            if r - l - 1 > len(best):
                best = s[l + 1:r]
    return best
for s in ["babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba"]:
    print(s, "->", longest_pal_sub(s))
nums = [n for n in range(10, 200) if str(n) == str(n)[::-1]]
print(nums)
print(all(is_pal(str(x)) for x in nums), any(is_pal(t) for t in ["ab", "cd"]))
