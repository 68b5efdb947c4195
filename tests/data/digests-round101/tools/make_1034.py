#!/usr/bin/env python3
"""1034: a CoCalc Sage worksheet (`.sagews`) of an Arabic graduate course on optimisation for machine learning, week 7:
cells opened by U+FE20 + cell id + flags + U+FE20 (flag `i` = input hidden, on the `%md` cells), the input, then one
output line U+FE21 + output id + U+FE21 followed by the output messages, each compact JSON (UTF-8 raw) closed by
U+FE21, the last `{"done":true}`: `md` messages for the Markdown cells (the cell's text without `%md`), `stdout` for
the code cells (a gradient-descent run on (x²−1)²+y² and a printed reading table with arXiv ids) and a `file`
message for a contour plot. DeepMind's AlphaFold blog post, the deepmind-research repository, a recorded lecture and
the DomainBed suite are not papers."""
import hashlib, json, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, fill, write_only
from make_expected import by_num, keys, ALPHAFOLD, GLOROT

F = by_num(1034)
K = dict(sam="2010.01412", mesh="2010.03409", local="2103.13462", autohas="2006.03656", alphafold=ALPHAFOLD,
         glorot=GLOROT, nas="2108.04392", domain="2007.01434")
CELL, OUT = "\ufe20", "\ufe21"


def uid(seed):
    return str(uuid.UUID(bytes=hashlib.md5(seed.encode()).digest(), version=4))


def js(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


cells = []


def cell(seed, inp, msgs, flags=""):
    cells.append(CELL + uid("c" + seed) + flags + CELL + "\n" + inp + "\n" + OUT + uid("o" + seed) + OUT
                 + "".join(js(m) + OUT for m in msgs + [{"done": True}]))


def md(seed, body):
    body = fill(body, K)
    cell(seed, "%md\n" + body, [{"md": body, "done": False}], flags="i")


md("intro", """# الأسبوع السابع: لماذا ينجح الانحدار في المسائل غير المحدبة؟

نكمل هذا الأسبوع من حيث توقفنا: دوال الخسارة في الشبكات العميقة غير محدبة، ومع ذلك يجد الانحدار التدرجي حلولًا جيدة في الغالب. سنجرّب ذلك على دالة صغيرة أولًا، ثم نقرأ.

**القراءة الأساسية:** [[[T:sam]]](https://arxiv.org/abs/2010.01412) — اقرؤوا القسمين 2 و3، والملحق عن تقريب الخطوة الداخلية.

**للنقاش في المحاضرة:** [[T:glorot]] (Glorot وBengio، AISTATS 2010). الورقة ليست على arXiv؛ نسخة PDF في مجلد المقرر على Moodle.""")
cell("contour", "f(x, y) = (x^2 - 1)^2 + y^2\ncontour_plot(f, (x, -2, 2), (y, -1.5, 1.5), cmap='viridis', contours=20)",
     [{"file": {"filename": "/home/user/.sage/temp/project-3f9c/2231/tmp_k1v8qz.svg", "show": True, "text": None,
                "uuid": uid("svg")}}])
# gradient descent from (0.3, 0.8), step 0.1, as the cell below prints it
x, y, lines = 0.3, 0.8, []
for k in range(6):
    gx, gy = 4 * x * (x * x - 1), 2 * y
    x, y = x - 0.1 * gx, y - 0.1 * gy
    lines.append("%d  x=%.4f  y=%.4f  f=%.5f" % (k, x, y, (x * x - 1) ** 2 + y * y))
cell("gd", "g = f.gradient()\np = vector(RDF, [0.3, 0.8])\nfor k in range(6):\n    p = p - 0.1 * g(*p)\n"
     "    print(\"%d  x=%.4f  y=%.4f  f=%.5f\" % (k, p[0], p[1], f(*p)))", [{"stdout": "\n".join(lines) + "\n"}])
papers = [("2103.13462", T(K["local"]), "Tengyu Ma"), ("2006.03656", T(K["autohas"]), "Dong et al.")]
src = "papers = [\n" + "".join(f"    (\"{a}\", \"{t}\", \"{w}\"),\n" for a, t, w in papers) + "]\n" \
      "for aid, title, who in papers:\n    print(\"arXiv:%s  %s  (%s)\" % (aid, title, who))"
cell("papers", src, [{"stdout": "".join("arXiv:%s  %s  (%s)\n" % p for p in papers)}])
md("science", """## قراءات إضافية: التحسين في تطبيقات علمية

- [[[T:mesh]]](https://arxiv.org/abs/2010.03409) — محاكاة فيزيائية على شبكات مثلثية بشبكات الرسوم البيانية؛ الكود في مستودع deepmind-research على GitHub.
- [[T:alphafold]] (Nature، 2021) — ليست على arXiv. لا تكتفوا بمنشور مدونة DeepMind، اقرؤوا الورقة نفسها وملحقها.

## للمشروع النهائي (اختاروا واحدة)

1. [[T:nas]] — هل نختار المعمارية من أوزان α فعلًا؟
2. [[T:domain]] — أعيدوا تجربة صغيرة بإعداد DomainBed على مجموعتي بيانات فقط.

تسجيل محاضرة الأسبوع الماضي (ليس ورقة): https://www.youtube.com/watch?v=q1Wm4nT8bVd

موعد تسليم مقترح المشروع: الخميس 21 مارس، قبل منتصف الليل.""")
text = "\n".join(cells) + "\n"
write_only(F, text, keys(F))
