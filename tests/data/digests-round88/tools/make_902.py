#!/usr/bin/env python3
"""902: a CSV exported from Rayyan by a Qatari team screening the literature for a systematic review of the
capabilities of large language models (Arabic labels, notes and reviewer names). Rayyan's export columns (key,
title, authors, journal, issn, volume, issue, pages, year, publisher, url, abstract, notes), keys `rayyan-NNNNNNNNN`,
authors `Surname, Given and …`, minimal quoting (Ruby's CSV), LF; the screening decisions live in `notes` as Rayyan
writes them: `RAYYAN-INCLUSION: {"name"=>"Included", …}`, then ` | RAYYAN-EXCLUSION-REASONS: …` when someone
excluded, ` | RAYYAN-LABELS: …`, ` | USER-NOTES: {"name"=>["…"]}`. Records come from a Google Scholar import: some
have an arXiv URL, one only `arXiv preprint arXiv:ID` in the journal column, others a publisher's URL (JMLR, NeurIPS,
OpenAI's PDF — the famous `OpenAI blog 1 (8), 9`); abstracts are the truncated snippets Scholar gives (`…`). A news
post, a blog post and a duplicate import (Rayyan keeps both) are in the file; the first two are not papers."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys, GPT2

F = by_num(902)
K = dict(emergent="2206.07682", mostly="2207.05221", llama2="2307.09288", flamingo="2204.14198", minerva="2206.14858",
         palm="2204.02311", frozen="2106.13884")
LAYLA, OMAR = "ليلى الكواري", "عمر حداد"
HEAD = ["key", "title", "authors", "journal", "issn", "volume", "issue", "pages", "year", "publisher", "url", "abstract",
        "notes"]


def au(names, more=False):
    s = " and ".join(f"{n.split()[-1]}, {' '.join(n.split()[:-1])}" for n in names)
    return s + (" and others" if more else "")


def notes(inc, reasons=None, labels=None, user=None):
    s = "RAYYAN-INCLUSION: {" + ", ".join(f'"{n}"=>"{d}"' for n, d in inc) + "}"
    if reasons:
        s += " | RAYYAN-EXCLUSION-REASONS: " + ",".join(reasons)
    if labels:
        s += " | RAYYAN-LABELS: " + ",".join(labels)
    if user:
        s += " | USER-NOTES: {" + ", ".join(f'"{n}"=>["{t}"]' for n, t in user) + "}"
    return s


I, E, M = "Included", "Excluded", "Maybe"
A = lambda k, n=None: CAT[k]["authors"][:n] if n else CAT[k]["authors"]
ROWS = [
    ("rayyan-412907731", T(K["emergent"]), au(A(K["emergent"])), "Transactions on Machine Learning Research", "2835-8856",
     "", "", "", "2022", "", "https://arxiv.org/abs/2206.07682",
     "Scaling up language models has been shown to predictably improve performance and sample efficiency on a wide "
     "range of downstream tasks. This paper instead discusses an unpredictable phenomenon that we refer to as emergent "
     "abilities of large language models …",
     notes([(LAYLA, I), (OMAR, I)], labels=["قدرات ناشئة", "تعريفات"],
           user=[(LAYLA, "الورقة المرجعية لتعريف القدرة الناشئة؛ نعتمد جدولها في القسم 3")])),
    ("rayyan-412907738", T(K["mostly"]), au(A(K["mostly"]), True), "arXiv", "", "", "", "", "2022", "",
     "https://arxiv.org/abs/2207.05221",
     "We study whether language models can evaluate the validity of their own claims and predict which questions they "
     "will be able to answer correctly. We first show that larger models are well-calibrated on diverse multiple "
     "choice and true/false questions …",
     notes([(LAYLA, I), (OMAR, M)], labels=["معايرة"],
           user=[(OMAR, "ليست عن القدرات مباشرة بل عن المعايرة؛ أقترح إدراجها في التحليل الثانوي فقط")])),
    ("rayyan-412907744", T(K["llama2"]), au(A(K["llama2"]), True), "arXiv", "", "", "", "", "2023", "",
     "https://arxiv.org/pdf/2307.09288",
     "In this work, we develop and release Llama 2, a collection of pretrained and fine-tuned large language models "
     "(LLMs) ranging in scale from 7 billion to 70 billion parameters …",
     notes([(LAYLA, I), (OMAR, I)], labels=["نماذج مفتوحة"])),
    ("rayyan-412907751", T(K["flamingo"]), au(A(K["flamingo"], 4), True), "Advances in Neural Information Processing Systems",
     "", "35", "", "23716-23736", "2022", "", "https://arxiv.org/abs/2204.14198",
     "Building models that can be rapidly adapted to novel tasks using only a handful of annotated examples is an "
     "open challenge for multimodal machine learning research. We introduce Flamingo, a family of Visual Language "
     "Models (VLM) with this ability …",
     notes([(LAYLA, I), (OMAR, I)], labels=["متعدد الوسائط", "تعلم بأمثلة قليلة"])),
    ("rayyan-412907752", T(K["flamingo"]), au(A(K["flamingo"], 4), True), "arXiv preprint", "", "", "", "", "2022", "",
     "https://arxiv.org/abs/2204.14198",
     "Building models that can be rapidly adapted to novel tasks using only a handful of annotated examples is an "
     "open challenge for multimodal machine learning research …",
     notes([(LAYLA, E), (OMAR, E)], reasons=["duplicate"],
           user=[(LAYLA, "مكرر: نفس السجل المستورد من قاعدة أخرى")])),
    ("rayyan-412907760", T(K["minerva"]), au(A(K["minerva"]), True), "arXiv preprint arXiv:2206.14858", "", "", "", "",
     "2022", "", "",
     "Language models have achieved remarkable performance on a wide range of tasks that require natural language "
     "understanding. Nevertheless, state-of-the-art models have generally struggled with tasks that require "
     "quantitative reasoning …",
     notes([(LAYLA, I), (OMAR, I)], labels=["رياضيات", "استدلال"],
           user=[(OMAR, "نُشرت لاحقاً في NeurIPS 2022؛ نحدّث بيانات المصدر قبل الاستخراج")])),
    ("rayyan-412907763", GPT2, au(CAT[GPT2]["authors"]), "OpenAI blog", "", "1", "8", "9",
     "2019", "", "https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf",
     "Natural language processing tasks, such as question answering, machine translation, reading comprehension, and "
     "summarization, are typically approached with supervised learning on task-specific datasets …",
     notes([(LAYLA, I), (OMAR, I)], labels=["أساسيات", "تعلم دون أمثلة"],
           user=[(LAYLA, "تقرير تقني وليس مقالة محكّمة لكنه أصل فكرة التعلم دون أمثلة")])),
    ("rayyan-412907770", T(K["palm"]), au(A(K["palm"]), True), "Journal of Machine Learning Research", "1532-4435", "24",
     "240", "1-113", "2023", "", "https://jmlr.org/papers/v24/22-1144.html",
     "Large language models have been shown to achieve remarkable performance across a variety of natural language "
     "tasks using few-shot learning, which drastically reduces the number of task-specific training examples needed "
     "to adapt the model to a particular application …",
     notes([(LAYLA, I), (OMAR, I)], labels=["قدرات ناشئة", "تعلم بأمثلة قليلة"])),
    ("rayyan-412907774", T(K["frozen"]), au(A(K["frozen"])), "Advances in Neural Information Processing Systems", "",
     "34", "", "200-212", "2021", "",
     "https://proceedings.neurips.cc/paper/2021/hash/01b7575c38dac42f3cfb7d500438b875-Abstract.html",
     "When trained at sufficient scale, auto-regressive language models exhibit the notable ability to learn a new "
     "language task after being prompted with just a few examples …",
     notes([(LAYLA, M), (OMAR, I)], labels=["متعدد الوسائط"],
           user=[(LAYLA, "نقاش: هل يدخل النموذج متعدد الوسائط ضمن نطاق المراجعة؟ نحسمه في اجتماع الأحد")])),
    ("rayyan-412907781", "137 emergent abilities of large language models", "Wei, Jason", "", "", "", "", "", "2022", "",
     "https://www.jasonwei.net/blog/emergence", "",
     notes([(LAYLA, E), (OMAR, E)], reasons=["wrong publication type"],
           user=[(OMAR, "تدوينة وليست ورقة بحثية؛ مفيدة كقائمة مراجع فقط")])),
    ("rayyan-412907785", "Meta and Microsoft Introduce the Next Generation of Llama", "", "Meta Newsroom", "", "", "",
     "", "2023", "Meta", "https://about.fb.com/news/2023/07/llama-2/", "",
     notes([(LAYLA, E), (OMAR, E)], reasons=["wrong publication type"])),
]
for r in ROWS:
    assert len(r) == len(HEAD), r[0]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(HEAD)
w.writerows(ROWS)
text = buf.getvalue()
write_only(F, text, keys(F))
