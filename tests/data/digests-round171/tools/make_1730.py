#!/usr/bin/env python3
"""1730: a Hungarian PhD student's AbstractSpoon ToDoList task file (`doktori.tdl`, XML): the TODOLIST element and
nested TASK elements with ToDoList's attributes (TITLE, ID, POS, PERCENTDONE, PRIORITY, CREATIONDATE as an OLE
automation date with its locale string, LASTMOD, DONEDATE for finished tasks, COMMENTS, FILEREFPATH, CATEGORY).
Computed from the modelled tree: IDs in creation order, NEXTUNIQUEID, sibling positions, the OLE dates and their
Hungarian strings."""
import datetime as dt, os, sys
from xml.sax.saxutils import quoteattr
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1730)
# (title, created, lastmod, done, priority, percent, category, fileref, comments, children)
TREE = [
 ("Irodalomkutatás – AutoML fejezet", "2024-01-08 09:12", "2024-03-14 16:40", None, 7, 60, "disszertáció", "", "A 3. fejezet háttérirodalma; márciusi témavezetői megbeszélésig.", [
   (T("2006.03656"), "2024-01-08 09:15", "2024-01-22 18:03", "2024-01-22 18:03", 6, 100, "olvasás", "https://arxiv.org/abs/2006.03656", "Hiperparaméter + architektúra együtt; táblázat a fejezetbe.", []),
   (T("2101.08809"), "2024-01-08 09:17", "2024-02-02 11:26", "2024-02-02 11:26", 6, 100, "olvasás", "https://arxiv.org/pdf/2101.08809v2", "Szimbolikus keresési tér – a mi kódunkhoz is jó minta.", []),
   (T("2108.04392"), "2024-01-09 14:40", "2024-03-14 16:40", None, 5, 40, "olvasás", "", "arXiv:2108.04392 (ICLR 2021) – a DARTS-os kísérletek összevetéséhez, a 4. szakasz a lényeg.", []),
   (T("2101.03958"), "2024-01-09 14:42", "2024-01-09 14:42", None, 3, 0, "olvasás", "", "Co-Reyes és mtsai., ICLR 2021; csak ha marad idő.", []),
   ("AutoML könyv (Hutter, Kotthoff, Vanschoren) 1–3. fejezet", "2024-01-10 08:30", "2024-02-19 20:11", "2024-02-19 20:11", 4, 100, "olvasás", "", "Könyvtárból kikölcsönözve, márc. 1-ig vissza.", []),
 ]),
 ("Adathatékonyság és finomhangolás", "2024-02-05 10:02", "2024-03-18 09:31", None, 6, 30, "disszertáció", "", "Kísérletek a kis adathalmazokon.", [
   (T("2006.05929"), "2024-02-05 10:05", "2024-02-27 17:48", "2024-02-27 17:48", 7, 100, "olvasás", "https://arxiv.org/abs/2006.05929v3", "Gradiens-illesztés; a kódot Gergő már kipróbálta.", []),
   (T("2402.09353"), "2024-02-26 13:20", "2024-03-18 09:31", None, 6, 50, "olvasás", "https://arxiv.org/abs/2402.09353", "LoRA-val összehasonlítani a finomhangolási kísérletben.", []),
   (T("2103.09762"), "2024-02-26 13:24", "2024-02-26 13:24", None, 4, 0, "olvasás", "", "Folytonos tanulás, ICLR 2021 – Bence ajánlotta.", []),
   ("PEFT könyvtár dokumentációja – DoRA beállítás", "2024-03-04 15:00", "2024-03-04 15:00", None, 5, 0, "kód", "https://huggingface.co/docs/peft/index", "", []),
 ]),
 ("Szeminárium és adminisztráció", "2024-02-12 11:45", "2024-03-11 12:02", None, 5, 0, "egyéb", "", "", [
   (T("2011.03459"), "2024-02-12 11:47", "2024-03-11 12:02", None, 5, 0, "szeminárium", "", "Tudásgráf-szeminárium, április 9. – Arakelyan és mtsai., ICLR 2021.", []),
   ("Szeminárium diák – 20 perc", "2024-02-12 11:50", "2024-02-12 11:50", None, 5, 0, "szeminárium", "", "", []),
   ("Kiküldetési kérelem a nyári iskolára", "2024-03-01 08:05", "2024-03-01 08:05", None, 8, 0, "admin", "", "Határidő: március 22.", []),
 ]),
]


def ole(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return (d - dt.datetime(1899, 12, 30)).total_seconds() / 86400


def hu(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.strftime("%Y. %m. %d. %H:%M")


def build():
    allt = []
    def walk(ts):
        for t in ts: allt.append(t); walk(t[9])
    walk(TREE)
    idof = {id(t): n for n, t in enumerate(sorted(allt, key=lambda t: t[1]), 1)}
    out, count = [], [len(allt)]

    def task(t, pos, depth):
        title, cr, lm, done, prio, pct, cat, ref, com, kids = t
        i = idof[id(t)]
        a = [("TITLE", title), ("ID", str(i)), ("POS", str(pos)), ("PERCENTDONE", str(pct)), ("PRIORITY", str(prio)),
             ("CREATIONDATE", f"{ole(cr):.8f}"), ("CREATIONDATESTRING", hu(cr)), ("LASTMOD", f"{ole(lm):.8f}"),
             ("LASTMODSTRING", hu(lm)), ("CREATEDBY", "Szabó Réka"), ("CATEGORY", cat)]
        if done: a += [("DONEDATE", f"{ole(done):.8f}"), ("DONEDATESTRING", hu(done))]
        if ref: a += [("FILEREFPATH", ref)]
        if com: a += [("COMMENTS", com), ("COMMENTSTYPE", "PLAIN_TEXT")]
        head = "\t" * depth + "<TASK " + " ".join(f"{k}={quoteattr(v)}" for k, v in a)
        if not kids:
            out.append(head + "/>"); return
        out.append(head + ">")
        for p, k in enumerate(kids): task(k, p, depth + 1)
        out.append("\t" * depth + "</TASK>")

    for p, t in enumerate(TREE): task(t, p, 1)
    head = ['<?xml version="1.0" encoding="utf-8" ?>',
            f'<TODOLIST PROJECTNAME="Doktori – 2. év" FILEFORMAT="12" NEXTUNIQUEID="{count[0] + 1}" FILEVERSION="57" '
            'LASTMODIFIED="2024-03-18" APPVER="8.2.3.0" FILENAME="D:\\Doktori\\doktori.tdl">']
    return "\n".join(head + out + ["</TODOLIST>"]) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
