import os, tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "notes.txt")
    with open(path, "w") as f:
        f.write("line one\nline two\n")
        f.writelines(["three\n", "four\n"])
    with open(path) as f:
        print(f.read())
    with open(path, "a") as f:
        print("appended", file=f)
    with open(path) as f:
        for i, line in enumerate(f, 1):
            print(i, line.rstrip())
    print(os.path.exists(path), os.path.getsize(path), os.path.basename(path))
