"""Two exports of a course hold the same questions: Moodle XML files equal, or QTI packages whose items
are equal and whose manifests differ only in the course's id. Exit 1 with the first difference."""
import re
import sys
import zipfile


def members(path):
    if not zipfile.is_zipfile(path):
        with open(path, encoding="utf-8") as f:
            return {"": f.read()}
    with zipfile.ZipFile(path) as z:
        out = {n: z.read(n).decode("utf-8") for n in z.namelist()}
    # The manifest names the course it came from.
    out["imsmanifest.xml"] = re.sub(r'identifier="M-[^"]*"', 'identifier="M-"', out["imsmanifest.xml"])
    return out


first, second = (members(p) for p in sys.argv[1:3])
if sorted(first) != sorted(second):
    sys.exit(f"different members: {sorted(set(first) ^ set(second))}")
for name, text in first.items():
    if text != second[name]:
        a, b = text.splitlines(), second[name].splitlines()
        line = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        sys.exit(f"{name or sys.argv[1]} differs at line {line + 1}:\n- {a[line] if line < len(a) else ''}\n+ {b[line] if line < len(b) else ''}")
print(f"{sys.argv[1]} and {sys.argv[2]}: the same {len(first)} file(s)")
