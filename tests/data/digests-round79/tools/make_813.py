#!/usr/bin/env python3
"""813: a HOCON `application.conf` (Typesafe Config 1.4) of a Scala / Akka HTTP benchmark service: `include
required("…")`, `#` and `//` comments, `key = value`, `key : value` and `key { … }`, dotted paths
(`akka.http.server.request-timeout = 60s`), unquoted strings and durations, quoted strings with `\\"` escapes,
`\"\"\"…\"\"\"` multi-line strings, `${path}` and `${?ENV}` substitutions, `+=` appends, arrays of objects with
optional commas. A Hebrew-speaking team's robustness benchmark of vision backbones."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys

F = by_num(813)


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def authors(k, n=3):
    a = CAT[k]["authors"]
    return "[" + ", ".join(q(x) for x in a[:n]) + (', "et al."' if len(a) > n else "") + "]"


def model(mid, fam, k, url=None, arxiv=None, note=None, extra=()):
    out = ["    {", f"      id = {mid}", f"      family = {fam}", "      paper {", f"        title = {q(T(k))}",
           f"        authors = {authors(k)}"]
    if url: out.append(f"        url = {q(url)}")
    if arxiv: out.append(f"        arxiv = {q(arxiv)}")
    out.append("      }")
    out += ["      " + e for e in extra]
    if note: out.append(f"      note = {q(note)}")
    out.append("    }")
    return out


L = ["# ==========================================================================",
     "# vision-bench — application.conf",
     "# שירות הבנצ'מרק של קבוצת הראייה הממוחשבת: חוסן (robustness) של עמודי שדרה",
     "# ערכי ברירת המחדל נמצאים ב-reference.conf שבתוך ה-jar; כאן רק מה שאנחנו משנים.",
     "# עריכה אחרונה: נועה ברקוביץ, 2024-03-05",
     "# ==========================================================================",
     "",
     'include required("base.conf")',
     "",
     "vision-bench {",
     "  http {",
     '    interface = "0.0.0.0"',
     "    port = 8080",
     "    port = ${?BENCH_PORT}      // אפשר לדרוס ממשתנה סביבה",
     "  }",
     "",
     "  storage {",
     '    results-dir = "/data/bench/results"',
     "    results-dir = ${?BENCH_RESULTS_DIR}",
     '    datasets-root = "/data/datasets"',
     "  }",
     "",
     "  defaults {",
     "    batch-size = 256",
     "    image-size = 224",
     "    precision = bf16",
     "    timeout = 45 minutes",
     "  }",
     "",
     "  # חבילות ההערכה. שימו לב: אלה מאגרי נתונים, לא מאמרים.",
     "  suites = [",
     "    { name = imagenet-val, path = ${vision-bench.storage.datasets-root}/imagenet/val }",
     "    { name = imagenet-c, path = ${vision-bench.storage.datasets-root}/imagenet-c, severities = [1, 3, 5] }",
     "    { name = imagenet-r, path = ${vision-bench.storage.datasets-root}/imagenet-r }",
     "  ]",
     "  suites += { name = stylized-in, path = ${vision-bench.storage.datasets-root}/stylized-imagenet }",
     "",
     "  # כל מודל מצביע על המאמר שלו; הממשק מציג את הכותרת בדף התוצאות.",
     "  # מאמרים בלי קישור — ה-PDF בתיקייה המשותפת /data/papers.",
     "  models = ["]
L += model("tr-b16-384", "transformer", "2010.11929", url="https://openreview.net/forum?id=YicbFdNTTy",
           extra=['checkpoint = "/data/ckpt/transformer/b16-i21k-ft1k.npz"', "image-size = 384"],
           note="נקודת הייחוס. תוצאות ImageNet-C שלנו נמוכות ב-1.2 מהדיווח, בבדיקה.")
L += model("tr-g14", "transformer", "2106.04560", extra=['checkpoint = "/data/ckpt/transformer/g14-224.npz"', "batch-size = 32"],
           note="ענק; רק על צמתי A100 80GB. ראו tolerations ב-k8s.")
L += model("hier-b-w7", "transformer", "2103.14030", url="https://arxiv.org/abs/2103.14030",
           extra=['checkpoint = "/data/ckpt/hier/base_patch4_w7_224.pth"'])
L += model("cnn-b-2022", "convnet", "2201.03545", arxiv="arXiv:2201.03545",
           extra=['checkpoint = "/data/ckpt/cnn/base_1k_224.pth"'],
           note="רשת קונבולוציה \"מודרנית\" — ההשוואה ההוגנת מול hier-b-w7.")
L += model("cnn-m-480", "convnet", "2104.00298", extra=['checkpoint = "/data/ckpt/cnn/m-in21k-ft1k-480.h5"', "image-size = 480"])
L += ["  ]", "",
      "  # ניתוחים נוספים בדוח החודשי — המאמרים שמהם לקחנו את הפרוטוקול",
      "  analyses {",
      "    patch-perturbations {",
      "      enabled = true",
      f"      reference = {q(T('2103.14586'))}",
      '      reference-url = "https://arxiv.org/abs/2103.14586"',
      "      patch-sizes = [16, 32]",
      "    }",
      "    shortcut-probe {",
      "      enabled = true",
      f"      reference = {q(T('2004.07780'))}",
      '      notes = """',
      "        בודקים אם המודל נשען על טקסטורה במקום צורה (stylized-in מול imagenet-val).",
      "        הגדרת \"קיצור דרך\" כמו בסעיף 2 של המאמר; ספי ההחלטה נקבעו ידנית.",
      '        """',
      "    }",
      "    inductive-bias {",
      "      enabled = false   // מחכה לאישור תקציב GPU",
      f"      reference = {q(T('2010.08515'))}",
      "      sample-sizes = [1000, 5000, 25000]",
      "    }",
      "  }",
      "",
      "  report {",
      '    title = "דוח חוסן חודשי — מרץ 2024"',
      '    recipients = ["vision-team@example.org", "noa.berkovitz@example.org"]',
      "    # הגרפים נבנים עם matplotlib בסקריפט נפרד; לא מכאן.",
      "  }",
      "}",
      "",
      "akka {",
      "  loglevel = INFO",
      '  loggers = ["akka.event.slf4j.Slf4jLogger"]',
      "  http.server.request-timeout = 60s",
      "  http.server.parsing.max-content-length = 64m",
      "}",
      "",
      "# מסד הנתונים של התוצאות (Slick + PostgreSQL)",
      "db.results {",
      '  url = "jdbc:postgresql://db.bench.internal:5432/bench"',
      "  url = ${?BENCH_DB_URL}",
      "  user = bench",
      "  password = ${?BENCH_DB_PASSWORD}",
      "  numThreads = 8",
      "}"]
text = "\n".join(L) + "\n"
write_only(F, text, keys(F))
