#!/usr/bin/env python3
"""1288: `newman run` output (Thai): a Bangkok-like lab's reading-list service (a small REST API the "LLM Agents" reading
group uses) is tested with a Postman collection from the command line; a student (ณัฐวุฒิ) pasted the whole run into the
group's issue tracker because two assertions failed. newman's CLI reporter: "newman", the collection name, one block
per request (→ name, `  METHOD url [code status, size, time]`, the scripts' console.log output in `┌ │ └` boxes — each
argument util.inspect-ed, strings in quotes, objects on one line when they fit 80 columns, else one key a line —, the
assertions `✓` or numbered failures), the summary table (box-drawing, executed / failed), the run's duration, data
received and response times (computed from the requests; the response-time line is longer than the box and pushes its
border out, as newman's table does), and the failure list. Papers come back from the API as
objects with a url (arXiv, an OpenReview forum), an `arXiv:` id, or as bare titles (the "no link yet" list). The
LangChain docs, microsoft/autogen and LINE Notify are not papers; ReAct, CoT and GCG are nicknames."""
import json, math, os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1288, keys

IDENT = re.compile(r"^[A-Za-z_$][\w$]*$")


def q(s):
    if "'" in s and '"' not in s:
        return '"' + s.replace("\\", "\\\\") + '"'
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def inspect(v, ind=0):
    """util.inspect (Node 18, breakLength 80) for str / int / bool / None / list / dict"""
    if isinstance(v, str): return q(v)
    if v is None: return "null"
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, int): return str(v)
    if isinstance(v, list):
        parts, br = [inspect(x, ind + 2) for x in v], ("[", "]")
    else:
        parts = [(k if IDENT.match(k) else q(k)) + ": " + inspect(x, ind + 2) for k, x in v.items()]
        br = ("{", "}")
    if not parts: return br[0] + br[1]
    start = len(parts) + ind + 1 + 10
    if start + sum(len(p) for p in parts) + len(parts) <= 80 and not any("\n" in p for p in parts):
        return f"{br[0]} {', '.join(parts)} {br[1]}"
    pad = " " * (ind + 2)
    return br[0] + "\n" + pad + (",\n" + pad).join(parts) + "\n" + " " * ind + br[1]


def console(*args):
    text = " ".join(inspect(a) for a in args)
    return ["  ┌"] + ["  │ " + l for l in text.split("\n")] + ["  └"]


API = "https://readlist.agents-lab.example.ac.th/api/v1"
agents = [
 {"id": 41, "title": T("2310.08560"), "url": "https://arxiv.org/abs/2310.08560"},
 {"id": 42, "title": T("2303.18223"), "url": "https://arxiv.org/pdf/2303.18223v13"},
 {"id": 43, "title": T("2201.11903"), "url": "https://arxiv.org/abs/2201.11903"},
 {"id": 44, "title": T("2210.03629"), "url": f"https://openreview.net/forum?id={OR('2210.03629')}"},
 {"id": 45, "title": "LangChain Agents (เอกสาร)", "url": "https://python.langchain.com/docs/modules/agents/"},
 {"id": 46, "title": "microsoft/autogen", "url": "https://github.com/microsoft/autogen"},
]
missing = [T("2306.11644"), T("2104.08691"), T("2308.03688")]
# (name, method, url, code, status, bytes, ms, prerequest, console lines, assertions [(name, ok)], failure detail)
reqs = [
 ("ดึงรายการหัวข้อ agents", "GET", f"{API}/papers?topic=agents&limit=20", 200, "OK", 1884, 212, False,
  [console(f"พบ {len(agents)} รายการ")] + [console({"title": a["title"], "url": a["url"]}) for a in agents],
  [("สถานะ 200", True), ("ทุกรายการมี title", True)], None),
 ("เพิ่มเปเปอร์ใหม่ (GCG)", "POST", f"{API}/papers", 201, "Created", 412, 157, True,
  [console("เพิ่มแล้ว:", {"id": 57, "title": T("2307.15043"), "arxiv": "arXiv:2307.15043", "url": None})],
  [("สถานะ 201", True), ("คืนค่า id", True)], None),
 ("รายการที่ยังไม่มีลิงก์", "GET", f"{API}/papers?missing=url", 200, "OK", 655, 96, False,
  [console(missing), console("ยังไม่มีลิงก์ 3 รายการ — ใครว่างช่วยหาให้หน่อย")],
  [("สถานะ 200", True), ("ลิงก์ครบทุกรายการ", False)], ("AssertionError", ["expected [ Array(3) ] to be empty", "at assertion:1 in test-script"])),
 ("สถานะเซิร์ฟเวอร์", "GET", f"{API}/health", 200, "OK", 87, 38, False,
  [console({"status": "ok", "version": "0.9.3", "db": "sqlite", "papers": 57})],
  [("สถานะ 200", True), ("ตอบภายใน 500ms", True)], None),
 ("ส่งสรุปเข้า LINE Notify", "POST", "https://notify-api.line.me/api/notify", 401, "Unauthorized", 58, 512, True,
  [console("สรุปประจำสัปดาห์: 6 รายการใหม่, 3 รายการยังไม่มีลิงก์")],
  [("ส่งแจ้งเตือนสำเร็จ", False)], ("AssertionError", ["expected response to have status code 200 but got 401", "at assertion:0 in test-script"])),
]


def kb(n):
    return f"{n}B" if n < 1000 else f"{n / 1000:.2f}kB".replace(".00kB", "kB")


out = ["nattawut@agents-lab:~/readlist-api$ newman run readlist.postman_collection.json -e lab.postman_environment.json",
       "newman", "", "Reading List API — กลุ่มอ่าน LLM Agents", ""]
fails, nfail = [], 0
for name, m, url, code, st, size, ms, pre, cons, tests, fd in reqs:
    out.append(f"→ {name}")
    out.append(f"  {m} {url} [{code} {st}, {kb(size)}, {ms}ms]")
    for c in cons: out += c
    for tname, ok in tests:
        if ok: out.append(f"  ✓  {tname}")
        else:
            nfail += 1
            out.append(f"  {nfail}. {tname}")
            fails.append((nfail, fd[0], tname, fd[1], name))
    out.append("")
times = [r[6] for r in reqs]
avg = round(sum(times) / len(times))
sd = round(math.sqrt(sum((t - sum(times) / len(times)) ** 2 for t in times) / len(times)))
n_assert = sum(len(r[9]) for r in reqs)
rows = [("iterations", 1, 0), ("requests", len(reqs), 0), ("test-scripts", len(reqs), 0),
        ("prerequest-scripts", sum(r[7] for r in reqs), 0), ("assertions", n_assert, nfail)]
W = (25, 18, 18)
sep = lambda l, m, r, j: l + j.join("─" * w for w in W) + r
out.append(sep("┌", "", "┐", "┬"))
out.append("│" + " " * W[0] + "│" + "executed".rjust(W[1] - 1) + " │" + "failed".rjust(W[2] - 1) + " │")
for i, (lab, ex, fa) in enumerate(rows):
    out.append(sep("├", "", "┤", "┼"))
    out.append("│" + lab.rjust(W[0] - 1) + " │" + str(ex).rjust(W[1] - 1) + " │" + str(fa).rjust(W[2] - 1) + " │")
full = sum(W) + 2
foot = [f"total run duration: {(sum(times) + 731) / 1000:.1f}s", f"total data received: {sum(r[5] for r in reqs) / 1000:.2f}kB (approx)",
        f"average response time: {avg}ms [min: {min(times)}ms, max: {max(times)}ms, s.d.: {sd}ms]"]
out.append("├" + "┴".join("─" * w for w in W) + "┤")
for i, f in enumerate(foot):
    out.append("│ " + f.ljust(full - 2) + " │")
    out.append(("├" if i < len(foot) - 1 else "└") + "─" * full + ("┤" if i < len(foot) - 1 else "┘"))
out += ["", "  #  failure         detail", ""]
for n, kind, tname, det, inside in fails:
    out.append(f" {n}.  {kind.ljust(14)}  {tname}")
    for d in det + [f'inside "{inside}"']:
        out.append(" " * 21 + d)
    out.append("")
out.append("nattawut@agents-lab:~/readlist-api$ ")
text = "\n".join(out) + "\n"
write_only(F1288, text, keys(F1288))
