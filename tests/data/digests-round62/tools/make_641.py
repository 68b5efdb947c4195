#!/usr/bin/env python3
"""641: a Hebrew Markdown reading note whose metadata block is what `pandoc refs.bib -s -t markdown` writes for a BibTeX
file (pandoc 3): a YAML block "---" … "---" with nocite and references (CSL YAML: keys in code-point order so URL
comes first, indentless sequences, strings double-quoted when they hold YAML-special characters, English titles
turned to sentence case as pandoc's BibTeX reader does, words with inner capitals kept), then the Hebrew body with
[@key] citations. LLM training and inference systems."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, OR, write_only
from make_expected import F641, keys

def sentence(t):
    out, cap_next = [], True
    for w in t.split(" "):
        core = w.strip("()\"'?,.")
        if not cap_next and core[:1].isupper() and core[1:] == core[1:].lower() and core[1:].isalpha():
            w = w.replace(core, core.lower(), 1)
        out.append(w)
        cap_next = w.endswith(":")
    return " ".join(out)

def q(v):
    if isinstance(v, int):
        return str(v)
    if ": " in v or " #" in v or v.endswith(":") or v[:1] in "-?[]{},&*!|>'\"%@`" or re.fullmatch(r"[\d.]+", v) or "'" in v:
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return v

def names(key, n=None):
    out = []
    for a in CAT[key]["authors"][:n]:
        p = a.split()
        out.append((p[-1], " ".join(p[:-1])))
    return out

refs = [
 dict(id="dao2022flashattention", type="paper-conference", title=sentence(T("2205.14135")), author=names("2205.14135"),
      **{"container-title": "Advances in Neural Information Processing Systems", "URL": "https://arxiv.org/abs/2205.14135", "issued": 2022,
         "note": "NeurIPS 2022"}),
 dict(id="dettmers2022llmint8", type="article-journal", title=sentence(T("2208.07339")), author=names("2208.07339"),
      **{"container-title": "Advances in Neural Information Processing Systems", "URL": "https://arxiv.org/abs/2208.07339", "issued": 2022, "volume": "35"}),
 dict(id="frantar2022gptq", type="article-journal", title=sentence(T("2210.17323")), author=names("2210.17323"),
      **{"container-title": "arXiv preprint arXiv:2210.17323", "issued": 2022}),
 dict(id="leviathan2023speculative", type="paper-conference", title=sentence(T("2211.17192")), author=names("2211.17192"),
      **{"container-title": "Proceedings of the 40th International Conference on Machine Learning", "issued": 2023,
         "page": "19274-19286", "publisher": "PMLR", "collection-title": "Proceedings of Machine Learning Research", "volume": "202"}),
 dict(id="liu2024dora", type="article-journal", title=sentence(T("2402.09353")), author=names("2402.09353"),
      **{"URL": "https://arxiv.org/abs/2402.09353", "issued": 2024, "container-title": "arXiv", "note": "ICML 2024 (oral)"}),
 dict(id="micikevicius2018mixed", type="paper-conference", title=sentence(T("1710.03740")), author=names("1710.03740"),
      **{"container-title": "International Conference on Learning Representations", "issued": 2018,
         "URL": f"https://openreview.net/forum?id={OR('1710.03740')}"}),
 dict(id="nvidia2023apex", type="software", title="Apex: a PyTorch extension with tools for mixed precision training",
      author=[("NVIDIA", "")], **{"URL": "https://github.com/NVIDIA/apex", "issued": 2023, "note": "תוכנה, לא מאמר"}),
 dict(id="timdettmers2023bitsandbytes", type="software", title="bitsandbytes", author=[("Dettmers", "Tim")],
      **{"URL": "https://github.com/TimDettmers/bitsandbytes", "issued": 2023, "version": "0.42.0"}),
 dict(id="touvron2023llama2", type="article-journal", title=sentence(T("2307.09288")), author=names("2307.09288", 3) + [("others", "")],
      **{"issued": 2023, "publisher": "Meta AI", "note": "דוח טכני; גרסת PDF מאתר Meta"}),
 dict(id="vllm2023", type="software", title="vLLM: easy, fast, and cheap LLM serving with PagedAttention", author=[("vLLM Team", "")],
      **{"URL": "https://docs.vllm.ai", "issued": 2023}),
 dict(id="wolf2020transformers", type="paper-conference", title=sentence(T("1910.03771")), author=names("1910.03771", 3) + [("others", "")],
      **{"container-title": "Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing: System Demonstrations",
         "issued": 2020, "page": "38-45", "publisher": "Association for Computational Linguistics", "publisher-place": "Online"}),
]

def yaml_ref(r):
    lines = []
    for i, k in enumerate(sorted(r)):
        lead = "- " if i == 0 else "  "
        v = r[k]
        if k == "author":
            lines.append(f"{lead}author:")
            for fam, giv in v:
                if giv:
                    lines.append(f"  - family: {q(fam)}")
                    lines.append(f"    given: {q(giv)}")
                else:
                    lines.append(f"  - literal: {q(fam)}")
        else:
            lines.append(f"{lead}{k}: {q(v)}")
    return "\n".join(lines)

meta = "---\nlang: he\nnocite: \"[@*]\"\nreferences:\n" + "\n".join(yaml_ref(r) for r in refs) + "\ntitle: סיכומי קריאה — מערכות לאימון והסקה של מודלי שפה גדולים\n---\n"

body = """
# רקע

המסמך הזה מרכז את רשימת הקריאה של קבוצת המערכות במעבדה לעיבוד שפה (הפקולטה למדעי המחשב, מכללת הכרמל — שם בדוי לדוגמה).
את רשימת המקורות ייצאנו מ־Zotero לקובץ BibTeX והמרנו עם pandoc, ולכן הכותרות מופיעות באותיות קטנות (sentence case) ובסדר אלפביתי של המפתחות.

> **הערה:** פריטים מסוג `software` (Apex, bitsandbytes, vLLM) הם תוכנה ותיעוד — לא מאמרים. אל תוסיפו אותם לסקירת הספרות בפרק 2.

# אימון

## דיוק מעורב

המאמר הקלאסי על אימון בדיוק מעורב [@micikevicius2018mixed] הוא נקודת הפתיחה: עותק ראשי של המשקלות ב־FP32, הגדלת ה־loss (loss scaling) וצבירה ב־FP32.
בפועל אנחנו משתמשים ב־`torch.autocast` ולא ב־Apex [@nvidia2023apex], שכבר אינו מתוחזק באופן פעיל.

## כוונון יעיל

DoRA [@liu2024dora] מפרקת את המשקל לגודל ולכיוון ומפעילה LoRA רק על הכיוון. בניסויים שלנו על מודל בגודל 7B השיפור לעומת LoRA היה קטן אך עקבי (ראו טבלה 3 במחברת `dora_ablation.ipynb`).

# הסקה

## תשומת לב מהירה

[@dao2022flashattention] — חישוב מדויק של תשומת לב בבלוקים שנכנסים ל־SRAM, בלי לכתוב את מטריצת הקשב המלאה ל־HBM. חובה לקרוא את פרק 3 לפני הפגישה.

## קוונטיזציה

- LLM.int8 [@dettmers2022llmint8]: פירוק לערכים חריגים (outliers) שנשארים ב־FP16 ולשאר שעוברים ל־int8. המימוש ב־bitsandbytes [@timdettmers2023bitsandbytes].
- GPTQ [@frantar2022gptq]: קוונטיזציה אחרי אימון ל־3–4 ביטים בעזרת מידע מסדר שני. המאמר זמין כ־preprint; הגרסה שפורסמה ב־ICLR 2023 כמעט זהה.

## פענוח ספקולטיבי

[@leviathan2023speculative] — מודל קטן מציע כמה טוקנים, המודל הגדול מאמת אותם במעבר אחד, וההתפלגות נשמרת בדיוק. כדאי להשוות לתיעוד של vLLM [@vllm2023] שתומך בזה מובנה.

# מודלים וספריות

- Llama 2 [@touvron2023llama2] — המודל הפתוח שעליו אנחנו מריצים את רוב הניסויים (7B ו־13B).
- ספריית Transformers [@wolf2020transformers] — מאמר ההדגמה מ־EMNLP 2020; ציטוט חובה בכל מאמר שלנו שמשתמש בספרייה.

# משימות לפגישה הבאה (יום ג׳, 14:00, חדר 312)

1. נועה — מצגת על פענוח ספקולטיבי (15 דקות).
2. איתי — להריץ מחדש את מדידות הזיכרון עם FlashAttention-2 ו־bitsandbytes 0.42.
3. כולם — לקרוא את פרקים 1–3 במאמר על אימון בדיוק מעורב.
"""
text = meta + body
write_only(F641, text, keys(F641))
