#!/usr/bin/env python3
"""1495: codespell over a Marathi reading-group repository: `codespell` (one line per misspelling, `path:line: typo ==>
fix`, a suggestion list where the fix is ambiguous), `codespell -w` (fixes the unambiguous ones and reports each file as
`FIXED: path`), `codespell` again (only the ambiguous one left), and `git diff` of the fixes. Every line is computed
from the modelled files: the positions, the fixed files, and the diff (blob ids = git's SHA-1 of the contents, three
lines of context, hunks merged when close, the hunk heading taken from the nearest earlier line that starts with an
ASCII letter, `_` or `$`, as git's default funcname rule in the C locale does — Devanagari lines never qualify). Not
papers: the segment-anything and LLaVA repositories, the COCO dataset, a recorded lecture, the open_clip repository.
Nicknames: SAM, SigLIP, ALIGN, LLaVA, 3DGS — labelled where the full titles are written."""
import hashlib, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1495, keys

FILES = {
    "README.md": f"""# दृष्टी आणि बहुविध मॉडेल्स — वाचन गट (पुणे)

दर शनिवारी सकाळी १०:३० वाजता, प्रयोगशाळा क्र. ३ मध्ये भेटतो.
Papers are listed week by week; please recieve the slides before the meeting.

## आठवडा १
- {T('2004.08955')} — https://arxiv.org/abs/2004.08955
- {T('2006.06882')} (लिंक नाही, फक्त शीर्षक)

## आठवडा २
- {T('2304.02643')} — https://arxiv.org/abs/2304.02643
- SAM repo: https://github.com/facebookresearch/segment-anything (paper nahi, code)
- COCO dataset: https://cocodataset.org/ — evaluation enviroment setup is in notes/week-02.md

## आठवडा ३
- {T('2102.05918')}
- {T('2303.15343')} — https://arxiv.org/abs/2303.15343
- {T('2006.14536')} (ऐच्छिक, लिंक नाही)

## आठवडा ४
- {T('2304.08485')} — https://arxiv.org/pdf/2304.08485.pdf
- {T('2308.04079')} — arXiv:2308.04079 (लिंक नंतर टाकू)
""",
    "notes/week-01.md": f"""# आठवडा १ — नोंदी

ResNeSt: split-attention blocks, wich are cheap on GPU.
स्व-प्रशिक्षणाबद्दल: {T('2006.06882')} मध्ये ImageNet pre-training नेहमी मदत करत नाही.
Untill next week: compare with the open_clip baselines (https://github.com/mlfoundations/open_clip).
""",
    "notes/week-02.md": """# आठवडा २ — नोंदी

SAM चा demo चालवला. The enviroment needs torch 2.1 and opencv.
मास्क डिकोडर हलका आहे, accross prompts re-use the image embedding.
Recorded lecture: https://www.youtube.com/watch?v=Pq9Lx2aVn4E
""",
    "notes/week-03.md": f"""# आठवडा ३ — नोंदी

ALIGN आणि SigLIP ची तुलना.
Sigmoid loss alse works with small batches — हा मुख्य मुद्दा.
अतिरिक्त वाचन: smooth activations वाला पेपर (ऐच्छिक, README पहा)
""",
}
TYPOS = {"recieve": "receive", "wich": "which", "untill": "until", "enviroment": "environment", "accross": "across",
         "alse": "also, else, false"}


def check(files):
    out = []
    for path in sorted(files):
        for i, l in enumerate(files[path].split("\n"), 1):
            for m in re.finditer(r"[A-Za-z]+", l):
                w = m.group()
                fix = TYPOS.get(w.lower())
                if fix:
                    if w[0].isupper(): fix = ", ".join(x.capitalize() for x in fix.split(", "))
                    out.append((f"./{path}", i, w, fix))
    return out


def fixed(files):
    new = {}
    for p, s in files.items():
        def rep(m):
            f = TYPOS.get(m.group().lower())
            if not f or "," in f: return m.group()
            return f.capitalize() if m.group()[0].isupper() else f
        new[p] = re.sub(r"[A-Za-z]+", rep, s)
    return new


def blob(s):
    b = s.encode("utf-8")
    return hashlib.sha1(b"blob %d\0" % len(b) + b).hexdigest()[:7]


def diff(path, a, b):
    A, B = a.split("\n")[:-1], b.split("\n")[:-1]
    ch = [i for i in range(len(A)) if A[i] != B[i]]
    if not ch: return []
    out = [f"diff --git a/{path} b/{path}", f"index {blob(a)}..{blob(b)} 100644", f"--- a/{path}", f"+++ b/{path}"]
    groups = []
    for i in ch:
        if groups and i - groups[-1][-1] <= 6: groups[-1].append(i)
        else: groups.append([i])
    for g in groups:
        s, e = max(0, g[0] - 3), min(len(A), g[-1] + 4)
        head = next((A[j] for j in range(s - 1, -1, -1) if re.match(r"[A-Za-z_$]", A[j])), "")
        out.append(f"@@ -{s + 1},{e - s} +{s + 1},{e - s} @@" + (" " + head if head else ""))
        j = s
        while j < e:
            if A[j] == B[j]: out.append(" " + A[j]); j += 1; continue
            k = j
            while k < e and A[k] != B[k]: k += 1
            out += ["-" + A[x] for x in range(j, k)] + ["+" + B[x] for x in range(j, k)]
            j = k
    return out


P = "sneha@vachan-gat:~/drushti-vachan$ "
s = [P + "cat README.md"] + FILES["README.md"].split("\n")[:-1] + [P + "codespell"]
s += [f"{p}:{i}: {w} ==> {f}" for p, i, w, f in check(FILES)]
s.append(P + "codespell -w")
s += [f"FIXED: ./{p}" for p in sorted(FILES) if fixed(FILES)[p] != FILES[p]]
s.append(P + "codespell")
NEW = fixed(FILES)
s += [f"{p}:{i}: {w} ==> {f}" for p, i, w, f in check(NEW)]
s.append(P + "git diff")
for p in sorted(FILES):
    s += diff(p, FILES[p], NEW[p])
s.append(P)
write_only(F1495, "\n".join(s) + "\n", keys(F1495))
