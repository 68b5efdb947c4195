#!/usr/bin/env python3
"""1409: a terminal session (Czech): a teaching assistant compares last year's and this year's reading list of an NLP
course with GNU wdiff: `ls`, `wc -w` of both files, the full `wdiff` (common words with the new file's whitespace,
`[-deleted-]`, `{+inserted+}`, a change as `[-old-] {+new+}`) and `wdiff -s … | tail -n 2` (the two statistics lines). Both texts are
modelled here; the word diff (difflib on whitespace-separated words) and every count (wc's totals, wdiff's common /
deleted / inserted / changed words and their `%.0f` percentages) are computed from them. Not papers: the Jurafsky &
Martin textbook, the course's own lecture notes, Moodle, the SIS, the HF course; ELMo, word2vec, GLAT, SBERT, T5 are
nicknames."""
import difflib, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1409, keys

OLD = f"""Zpracování přirozeného jazyka – seznam literatury, zimní semestr 2023/24
Přednáší: doc. Mgr. Jana Dvořáková, Ph.D.; cvičí: Ing. Tomáš Beneš

Týden 2 – Slovní vektory
  {T('1301.3781')} (Mikolov et al., 2013)
  Učebnice: Jurafsky & Martin, Speech and Language Processing (3. vyd., draft), kap. 6

Týden 4 – Kontextové reprezentace
  {T('1802.05365')} (NAACL 2018), https://aclanthology.org/N18-1202/

Týden 6 – Předtrénované modely
  {T('1910.13461')}, http://arxiv.org/abs/1910.13461

Týden 8 – Strojový překlad
  Skripta ke cvičení, kapitola 3 (v Moodlu)

Týden 10 – Co se modely učí
  Vlastní čtení podle zájmu, konzultace na cvičení

Zkouška: písemná, termíny vypsány v SISu do konce listopadu.
"""

NEW = f"""Zpracování přirozeného jazyka – seznam literatury, zimní semestr 2024/25
Přednáší: doc. Mgr. Jana Dvořáková, Ph.D.; cvičí: Ing. Tomáš Beneš a Bc. Klára Šimková

Týden 2 – Slovní vektory
  {T('1301.3781')} (Mikolov et al., 2013)
  {T('1908.10084')}, https://arxiv.org/abs/1908.10084
  Učebnice: Jurafsky & Martin, Speech and Language Processing (3. vyd., draft), kap. 6

Týden 4 – Kontextové reprezentace
  {T('1802.05365')} (NAACL 2018), https://aclanthology.org/N18-1202/

Týden 6 – Předtrénované modely
  {T('1910.13461')}, https://arxiv.org/abs/1910.13461
  {T('1910.10683')}, https://arxiv.org/pdf/1910.10683.pdf (jen oddíly 1–3)

Týden 8 – Strojový překlad
  {T('2008.07905')}, https://openreview.net/forum?id={OR('2008.07905')} (neautoregresivní překlad)

Týden 10 – Co se modely učí
  {T('2004.10102')} (EMNLP 2020), https://aclanthology.org/2020.emnlp-main.574/
  {T('2104.08691')} (arXiv:2104.08691) – volitelné

Zkouška: ústní, termíny vypsány v SISu do konce listopadu.
"""

tok = lambda s: re.findall(r"(\s*)(\S+)", s)
o, n = tok(OLD), tok(NEW)
ow, nw = [w for _, w in o], [w for _, w in n]
sm = difflib.SequenceMatcher(None, ow, nw, autojunk=False)
out, st = [], {"common": 0, "deleted": 0, "inserted": 0, "chg_old": 0, "chg_new": 0}
join = lambda toks: "".join((ws if k else "") + w for k, (ws, w) in enumerate(toks))
for op, i1, i2, j1, j2 in sm.get_opcodes():
    if op == "equal":
        out += [ws + w for ws, w in n[j1:j2]]; st["common"] += i2 - i1
    elif op == "delete":
        out.append(o[i1][0] + "[-" + join(o[i1:i2]) + "-]"); st["deleted"] += i2 - i1
    elif op == "insert":
        out.append(n[j1][0] + "{+" + join(n[j1:j2]) + "+}"); st["inserted"] += j2 - j1
    else:
        out.append(n[j1][0] + "[-" + join(o[i1:i2]) + "-] {+" + join(n[j1:j2]) + "+}")
        st["chg_old"] += i2 - i1; st["chg_new"] += j2 - j1
WD = "".join(out) + "\n"
pc = lambda a, b: "%.0f%%" % (a * 100.0 / b)
A, B = "sylabus_2023.txt", "sylabus_2024.txt"
la, lb = len(ow), len(nw)
stats = (f"{A}: {la} words  {st['common']} {pc(st['common'], la)} common  {st['deleted']} {pc(st['deleted'], la)} deleted"
         f"  {st['chg_old']} {pc(st['chg_old'], la)} changed\n"
         f"{B}: {lb} words  {st['common']} {pc(st['common'], lb)} common  {st['inserted']} {pc(st['inserted'], lb)} inserted"
         f"  {st['chg_new']} {pc(st['chg_new'], lb)} changed\n")
P = "tomas@npj-ntb:~/vyuka/npj$ "
S = (P + "ls\n" + f"{A}  {B}\n" + P + f"wc -w {A} {B}\n" + f"{la:4d} {A}\n{lb:4d} {B}\n{la + lb:4d} celkem\n"
     + P + f"wdiff {A} {B}\n" + WD + P + f"wdiff -s {A} {B} | tail -n 2\n" + stats + P + "\n")
write_only(F1409, S, keys(F1409))
