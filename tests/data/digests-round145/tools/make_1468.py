#!/usr/bin/env python3
"""1468: LanguageTool's HTTP API over a Ukrainian reading-group newsletter. The editor shows the text (`cat`), posts
it to the group's LanguageTool server (`curl --data-urlencode text@file -d language=uk-UA -o lt.json`) and reads the
answer with jq: a summary object and one object per match (jq's two-space layout, Cyrillic raw). Offsets and lengths
are UTF-16 code units of the posted text (the file's final newline included; an emoji in the first line shifts them
by one against code points); each context is 40 units either side with `...` where cut and newlines as spaces; each
sentence is the sentence holding the match (split at line breaks and after . ! ? before a space). Rule ids,
messages and categories are modelled on LanguageTool's; the Ukrainian wording is invented. Not papers: the Open LLM
Leaderboard, the lm-evaluation-harness repository. Nicknames: Chinchilla, phi-1, GPT-2, CoT — labelled where the full
titles are written."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1468, GPT2, keys

TEXT = f"""📚 Дайджест читального гуртка №19 (13 травня 2024)

Привіт усім! Цього тижня продовжуємо тему великих мовних моделей.  Нижче статті на наступні зустрічі.

1. {T("2201.11903")} — https://openreview.net/forum?id={OR("2201.11903")}
Доповідає Тарас; обговоримо, чому ланцюжок міркувань з'являється лише у великих модели.
2. {T("2203.15556")} (https://arxiv.org/abs/2203.15556) — та сама Chinchilla.
3. {T("2206.07682")}, arXiv:2206.07682 .
4. {T("2307.09288")} — https://arxiv.org/abs/2307.09288
5. {T("2306.11644")} — https://arxiv.org/abs/2306.11644 (модель phi-1, 1,3 млрд параметрів).
6. {T("2303.18223")} — читаємо на протязі всього семестру, по розділу на зустріч.
7. {T("2207.05221")} — про калібрування відповідей.
8. {GPT2} — класика, GPT-2.

Також гляньте Open LLM Leaderboard (https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard) і репозиторій lm-evaluation-harness (https://github.com/EleutherAI/lm-evaluation-harness).
хто хоче приймати участь у доповідях, пишіть Оксані до п'ятниці.
"""

CAT_TYPOS = ("TYPOS", "Можливі друкарські помилки")
CAT_TYPO = ("TYPOGRAPHY", "Типографія")
CAT_CASE = ("CASING", "Великі/малі літери")
CAT_STYLE = ("STYLE", "Стиль")
# (the flagged text, its occurrence, rule id, description, issue type, category, message, short message, replacements)
FLAGS = [
 ("  ", 0, "WHITESPACE_RULE", "Повторення пробілів", "whitespace", CAT_TYPO,
  "Можлива друкарська помилка: ви повторили пробіл", "", [" "]),
 ("модели", 0, "MORFOLOGIK_RULE_UK_UA", "Орфографічна помилка", "misspelling", CAT_TYPOS,
  "Потенційна орфографічна помилка", "Орфографічна помилка", ["моделі", "модель", "моделлю"]),
 (" .", 0, "COMMA_PARENTHESIS_WHITESPACE", "Пробіл перед розділовим знаком", "whitespace", CAT_TYPO,
  "Перед крапкою пробіл не ставлять", "", ["."]),
 ("на протязі", 0, "UK_SIMPLE_REPLACE", "Пошук помилкових слів", "misspelling", CAT_STYLE,
  "«на протязі» — калька; правильно: «протягом»", "Калька", ["протягом"]),
 ("хто", 0, "UPPERCASE_SENTENCE_START", "Перевірка великої літери на початку речення", "typographical", CAT_CASE,
  "Це речення не починається з великої літери", "", ["Хто"]),
 ("приймати участь", 0, "UK_SIMPLE_REPLACE_SOFT", "Пошук небажаних слів", "style", CAT_STYLE,
  "«приймати участь» — русизм; краще: «брати участь»", "Русизм", ["брати участь"]),
]


def u16(s):
    return len(s.encode("utf-16-le")) // 2


def from16(s, a, b):
    return s.encode("utf-16-le")[2 * a:2 * b].decode("utf-16-le")


def sentences(text):
    """(start, end) code-point spans, trailing spaces included: split at line breaks and after . ! ? followed by a space (not after a number)"""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line, base, st = m.group(), m.start(), 0
        for b in re.finditer(r"(?<=[^\d\s][.!?])\s+", line):
            out.append((base + st, base + b.end())); st = b.end()
        out.append((base + st, base + len(line)))
    return out


def find(text, s, occ):
    i = -1
    for _ in range(occ + 1):
        i = text.index(s, i + 1)
    if s == "хто": i = text.index("\nхто") + 1
    return i


def matches(text):
    out = []
    for s, occ, rid, desc, itype, cat, msg, short, reps in FLAGS:
        i = find(text, s, occ)
        off, ln = u16(text[:i]), u16(s)
        tot = u16(text)
        a, b = max(0, off - 40), min(tot, off + ln + 40)
        ctx = ("..." if a > 0 else "") + from16(text, a, b).replace("\n", " ") + ("..." if b < tot else "")
        sent = next(text[x:y] for x, y in sentences(text) if x <= i < y)
        out.append({"message": msg, "shortMessage": short, "replacements": reps, "offset": off, "length": ln,
                    "context": {"text": ctx, "offset": off - a + (3 if a > 0 else 0), "length": ln},
                    "sentence": sent.strip(), "rule": rid, "description": desc, "issueType": itype,
                    "category": cat[0], "categoryName": cat[1]})
    return sorted(out, key=lambda m: m["offset"])


def jq(v):
    return json.dumps(v, indent=2, ensure_ascii=False) + "\n"


M = matches(TEXT)
P = "oksana@newsroom:~/rozsylka$ "
URL = "https://lt.slovo-lab.example.org.ua/v2/check"
out = P + "cat vypusk-19.txt\n" + TEXT
out += P + f'curl -s {URL} --data-urlencode "text@vypusk-19.txt" -d language=uk-UA -d motherTongue=uk -o lt.json\n'
out += P + "jq '{version: .software.version, language: .language.code, detected: .language.detectedLanguage.code, matches: (.matches | length)}' lt.json\n"
out += jq({"version": "6.4", "language": "uk-UA", "detected": "uk-UA", "matches": len(M)})
out += P + "jq '.matches[] | {message, shortMessage, replacements: [.replacements[].value], offset, length, context, sentence, rule: .rule.id, issueType: .rule.issueType, category: .rule.category.name}' lt.json\n"
for m in M:
    out += jq({"message": m["message"], "shortMessage": m["shortMessage"], "replacements": m["replacements"],
               "offset": m["offset"], "length": m["length"], "context": m["context"], "sentence": m["sentence"],
               "rule": m["rule"], "issueType": m["issueType"], "category": m["categoryName"]})
out += P + "jq -r '.matches[] | \"\\(.offset)\\t\\(.length)\\t\\(.rule.id)\"' lt.json\n"
out += "".join(f"{m['offset']}\t{m['length']}\t{m['rule']}\n" for m in M)
out += P + "\n"
write_only(F1468, out, keys(F1468))
