#!/usr/bin/env python3
"""1367: a terminal session (Russian): a Moscow-like department's seminar organiser (Ира Белова, login `ira`) shows the
Markdown reading list of the spring seminar on efficient attention and pandoc's native AST of it
(`pandoc -f markdown -t native`), pasted into an issue about a converter script. The native output is computed here
from the Markdown (a small reader for the subset used: ATX headers with pandoc's auto identifiers, paragraphs with soft
breaks, tight bullet and ordered lists, links, autolinks, emphasis, code spans) and printed as remembered of pandoc 3:
Haskell `show` of every string (non-ASCII as decimal escapes, `\\&` before a digit), lists as `[ a , b ]`, a value
broken over lines (arguments two columns right of the constructor, list items after `[ ` / `, `) when it does not fit
in 72 columns. The repositories, the xFormers docs, the course page and the video are not papers; LSH, LRA, FLASH,
Performer are nicknames."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1367, keys

MD = f"""# Семинар «Эффективное внимание», весна 2024

Собираемся по вторникам в 18:30, ауд. 402 (корпус Б). Список ведёт Ира Белова;
правки присылайте в чат семинара или в репозиторий `seminar-vnimanie`.

## Основное чтение

1. [{T('2205.14135')}](https://arxiv.org/abs/2205.14135) — 12 марта, докладчик Паша.
2. [{T('2011.04006')}](https://openreview.net/forum?id=qVyeW-grC2k) — 19 марта, Лёня; бенчмарк LRA, на нём сравниваем всё остальное.
3. [{T('2001.04451')}](https://openreview.net/pdf?id=rkgNKkHtvB) — 26 марта, Катя; LSH-внимание и обратимые слои.
4. {T('2004.05150')} — <https://arxiv.org/pdf/2004.05150.pdf>, 2 апреля, Ира.
5. *{T('2006.16236')}* (arXiv:2006.16236) — 9 апреля, Гоша.

## Если останется время

- {T('1904.10509')} — ссылку добавит Паша.
- {T('2006.04768')} — без ссылки, распечатка у Иры.
- {T('2202.10447')} — это FLASH, не путать с FlashAttention.

## Не статьи, но пригодится

- Код FlashAttention: <https://github.com/Dao-AILab/flash-attention>
- Документация xFormers: <https://facebookresearch.github.io/xformers/>
- Запись прошлогоднего доклада про Performer: <https://video.kafedra-ii.example.ru/w/k7Qm2xTz>
- Курс «Глубинное обучение», лекция №9: <https://wiki.kafedra-ii.example.ru/dl-2023/lecture09>
"""


# ---------------------------------------------------------------- a small pandoc-markdown reader (the subset above)
def inlines(s):
    out, i = [], 0
    word = ""

    def flush():
        nonlocal word
        if word: out.append(("Str", word)); word = ""
    while i < len(s):
        c = s[i]
        if c == " ":
            flush(); out.append(("Space",)); i += 1; continue
        if c == "\n":
            flush(); out.append(("SoftBreak",)); i += 1; continue
        m = re.match(r"\[([^\]]+)\]\(([^)\s]+)\)", s[i:])
        if m:
            flush(); out.append(("Link", ("", [], []), inlines(m.group(1)), (m.group(2), ""))); i += m.end(); continue
        m = re.match(r"<(https?://[^>\s]+)>", s[i:])
        if m:
            flush(); out.append(("Link", ("", ["uri"], []), [("Str", m.group(1))], (m.group(1), ""))); i += m.end(); continue
        m = re.match(r"\*([^*\s][^*]*)\*", s[i:])
        if m and not word:
            flush(); out.append(("Emph", inlines(m.group(1)))); i += m.end(); continue
        m = re.match(r"`([^`]+)`", s[i:])
        if m:
            flush(); out.append(("Code", ("", [], []), m.group(1))); i += m.end(); continue
        word += c; i += 1
    flush()
    return out


def ident(text):
    s = re.sub(r"[^\w\s.-]", "", text.lower())
    s = re.sub(r"\s+", "-", s.strip())
    return re.sub(r"^[^a-zа-яё]+", "", s)


def blocks(md):
    out, paras = [], md.strip("\n").split("\n\n")
    for p in paras:
        lines = p.split("\n")
        m = re.match(r"(#+) (.*)", p)
        if m and len(lines) == 1:
            out.append(("Header", len(m.group(1)), (ident(m.group(2)), [], []), inlines(m.group(2))))
        elif all(l.startswith("- ") for l in lines):
            out.append(("BulletList", [[("Plain", inlines(l[2:]))] for l in lines]))
        elif all(re.match(r"\d+\. ", l) for l in lines):
            out.append(("OrderedList", (1, ("Decimal",), ("Period",)), [[("Plain", inlines(l.split(". ", 1)[1]))] for l in lines]))
        else:
            out.append(("Para", inlines(p)))
    return out


# ---------------------------------------------------------------- Haskell show and the native writer's layout
def hs_str(s):
    r, prev_num = ['"'], False
    for ch in s:
        o = ord(ch)
        if prev_num and ch.isdigit() and o < 128: r.append("\\&")
        prev_num = False
        if ch == '"': r.append('\\"')
        elif ch == "\\": r.append("\\\\")
        elif ch == "\n": r.append("\\n")
        elif o > 126 or o < 32: r.append(f"\\{o}"); prev_num = True
        else: r.append(ch)
    return "".join(r) + '"'


WIDTH = 72


def is_ctor(v):
    return isinstance(v, tuple) and v and isinstance(v[0], str) and re.fullmatch(r"[A-Z][A-Za-z]*", v[0]) is not None


def flat(v):
    """show with constructors recognised (a tuple whose first item is a capitalised name); other tuples as tuples"""
    if isinstance(v, str): return hs_str(v)
    if isinstance(v, int): return str(v)
    if isinstance(v, list): return "[]" if not v else "[ " + " , ".join(flat(x) for x in v) + " ]"
    if is_ctor(v): return " ".join([v[0]] + [flat(x) for x in v[1:]])
    return "( " + " , ".join(flat(x) for x in v) + " )"


def render(v, col):
    """the value at column `col` (its first line continues a line already at `col`); returns text without a newline"""
    f = flat(v)
    atomic = isinstance(v, tuple) and all(not isinstance(x, (list, tuple)) or (is_ctor(x) and len(x) == 1) for x in v[is_ctor(v):])
    if col + len(f) <= WIDTH or not isinstance(v, (list, tuple)) or atomic:
        return f
    pad = " " * col
    if isinstance(v, list):
        parts = [render(x, col + 2) for x in v]
        return "[ " + ("\n" + pad + ", ").join(parts) + "\n" + pad + "]"
    if is_ctor(v):
        if len(v) == 1: return v[0]
        return v[0] + "".join("\n" + " " * (col + 2) + render(x, col + 2) for x in v[1:])
    parts = [render(x, col + 2) for x in v]
    return "( " + ("\n" + pad + ", ").join(parts) + "\n" + pad + ")"


def native(bs):
    return render(bs, 0) + "\n"


AST = native(blocks(MD))
P = "ira@kafedra:~/seminar$ "
text = (P + "pandoc --version | head -1\npandoc 3.1.11.1\n" + P + "cat spisok.md\n" + MD + P +
        "pandoc -f markdown -t native spisok.md\n" + AST + P + "\n")
write_only(F1367, text, keys(F1367))
