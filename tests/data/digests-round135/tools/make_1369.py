#!/usr/bin/env python3
"""1369: an osqueryi session (Hebrew paths and values): a Haifa-like vision lab's student (נועה, `noa`) lists the
papers folder she renamed by title with a script and asks osquery where each file came from (the `file` table, and
`extended_attributes` joined on path: macOS's kMDItemWhereFroms as `where_from` rows — download URL, then referrer —
and the quarantine agent). Layout as remembered of osquery 5's shell: the `Using a virtual database` banner, `osquery>`
prompts, pretty tables (`+---+` rules, cells left-aligned, widths in code points), `.exit`. The timm wheel, the Tiny
ImageNet archive, the course slides, the SAM demo site and the 3DGS project page are not papers."""
import os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1369, keys, ALEXNET

D = "/Users/noa/Downloads/מאמרים/ראייה"
CLOUD = "https://cloud.haifa-vision.example.ac.il/s/Hq7wPcK2aZt"
# filename, size, mtime (UTC), where_from list, quarantine agent
FILES = [
 (".DS_Store", 8196, "2024-05-12 19:02:41", [], None),
 (T("2106.10270") + ".pdf", 3321874, "2024-03-03 08:41:09", ["https://arxiv.org/pdf/2106.10270v2", "https://arxiv.org/abs/2106.10270v2"], "Google Chrome"),
 (T("2004.08955") + ".pdf", 1764320, "2024-03-03 08:44:57", ["https://arxiv.org/pdf/2004.08955v2", "https://arxiv.org/abs/2004.08955"], "Google Chrome"),
 (T("2304.02643") + ".pdf", 24871032, "2024-03-10 17:20:33", ["https://arxiv.org/pdf/2304.02643", "https://segment-anything.com/"], "Google Chrome"),
 (T("2010.01412") + " - arXiv 2010.01412.pdf", 1318775, "2024-03-17 10:05:12", [CLOUD + "/download", CLOUD], "Google Chrome"),
 (ALEXNET + ".pdf", 1412360, "2024-03-24 12:31:48", ["https://papers.nips.cc/paper_files/paper/2012/file/5f3c1a0e9b7d24c68a01e7d3b94f62ca-Paper.pdf", "https://papers.nips.cc/paper_files/paper/2012/hash/5f3c1a0e9b7d24c68a01e7d3b94f62ca-Abstract.html"], "Safari"),
 (T("2006.06882") + ".pdf", 2204913, "2024-04-07 21:14:06", ["https://proceedings.neurips.cc/paper/2020/file/27e9661e033a73a6ad8cefcde965c54d-Paper.pdf"], "Safari"),
 (T("2006.14536") + ".pdf", 981244, "2024-04-14 09:47:30", ["יעל כהן <yael.cohen@haifa-vision.example.ac.il>", "message:%3C8e41c2d7-5b0a-4f6e-9a13-77d2e0c4f918@haifa-vision.example.ac.il%3E"], "Mail"),
 (T("2308.04079") + ".pdf", 58113402, "2024-04-21 16:02:55", ["https://repo-sam.inria.fr/fungraph/3d-gaussian-splatting/3d_gaussian_splatting_high.pdf", "https://repo-sam.inria.fr/fungraph/3d-gaussian-splatting/"], "Google Chrome"),
 ("timm-0.9.16-py3-none-any.whl", 2247393, "2024-04-22 11:38:02", ["https://files.pythonhosted.org/packages/9a/41/c38e1cb4d3ef2bd3e2a4b38d5a9d1e27c4a3f1d0e58b7c6d2a9f03e1b4c7/timm-0.9.16-py3-none-any.whl", "https://pypi.org/project/timm/0.9.16/"], "Google Chrome"),
 ("tiny-imagenet-200.zip", 248100043, "2024-04-22 11:52:19", ["http://cs231n.stanford.edu/tiny-imagenet-200.zip"], "Google Chrome"),
 ("שקפים - סמינר ראייה - שבוע 6.pdf", 6034718, "2024-04-28 13:09:44", ["https://moodle.haifa-vision.example.ac.il/pluginfile.php/48213/mod_resource/content/2/week06.pdf", "https://moodle.haifa-vision.example.ac.il/mod/resource/view.php?id=91377"], "Google Chrome"),
]


def table(cols, rows):
    w = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(cols)]
    rule = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    line = lambda cells: "|" + "|".join(" " + c + " " * (w[i] - len(c)) + " " for i, c in enumerate(cells)) + "|"
    return "\n".join([rule, line(cols), rule] + [line(r) for r in rows] + [rule]) + "\n"


def epoch(s):
    return int(dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=dt.timezone.utc).timestamp())


bykey = lambda f: f[0].encode("utf-8")
q1 = f"SELECT filename, size, datetime(mtime, 'unixepoch') AS mtime FROM file WHERE directory = '{D}' ORDER BY mtime;"
r1 = [(f[0], str(f[1]), f[2]) for f in sorted(FILES, key=lambda f: epoch(f[2]))]
q2a = "SELECT f.filename, x.value AS where_from FROM file f JOIN extended_attributes x USING (path)"
q2b = f"WHERE f.directory = '{D}' AND x.key = 'where_from' ORDER BY f.filename;"
r2 = [(f[0], u) for f in sorted(FILES, key=bykey) for u in f[3]]
q3 = f"SELECT x.value AS agent, count(*) AS files FROM file f JOIN extended_attributes x USING (path) WHERE f.directory = '{D}' AND x.key = 'quarantine_agent' GROUP BY agent ORDER BY files DESC;"
agents = {}
for f in FILES:
    if f[4]: agents[f[4]] = agents.get(f[4], 0) + 1
r3 = [(a, str(n)) for a, n in sorted(agents.items(), key=lambda kv: (-kv[1], kv[0]))]

SH = "noa@Noas-MacBook-Air ~ % "
OQ = "osquery> "
text = (SH + "osqueryi\nUsing a virtual database. Need help, type '.help'\n" +
        OQ + q1 + "\n" + table(["filename", "size", "mtime"], r1) +
        OQ + q2a + "\n    ...> " + q2b + "\n" + table(["filename", "where_from"], r2) +
        OQ + q3 + "\n" + table(["agent", "files"], r3) +
        OQ + ".exit\n" + SH + "\n")
write_only(F1369, text, keys(F1369))
