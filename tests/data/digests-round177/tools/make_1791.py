#!/usr/bin/env python3
"""1791: a Swedish PhD student's GNOME Planner project (`litteraturstudie.planner`, the XML Planner saves with libxml2:
two-space indent, empty elements self-closed, newlines in attributes as `&#10;`): the project element, the default
cost property, the calendar (day types with Planner's Swedish descriptions, Mon–Fri 08–12 and 13–17), then the tasks
(two summary tasks with one reading task a paper, the chapter draft, the supervision milestone), the resources and the
allocations. Every reading task is fixed-work and follows the previous one (FS); computed here from the modelled
tasks and the calendar: each task's start (the predecessor's end), work-start (the next working minute), end (the
work laid over the working intervals), the summary tasks' start, end, work (sums) and percent-complete (work-weighted,
truncated), the milestone at its predecessor's end."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1791)
DAY = 8 * 3600
P0 = dt.datetime(2024, 9, 2, 0, 0)
IV = [(8, 12), (13, 17)]
# (id, name, note, work seconds, percent) for reading tasks; summaries given as ("S", id, name, [children])
TREE = [
 ("S", 1, "Skalning och arkitektur", [
   (2, T("2001.08361"), "Läst. Fig. 1–4 och ekvation 1.5 till kapitel 2.\nhttps://arxiv.org/abs/2001.08361", DAY, 100),
   (3, T("2101.03961"), "JMLR 2022. Avsnitt 2 (routing) och 5 (träningsstabilitet).", 2 * DAY, 100),
   (4, T("2204.02311"), "JMLR 2023. Bara avsnitt 4 om träningsinfrastrukturen.", DAY + DAY // 2, 50),
   (5, T("2307.09288"), "Förträningen och säkerhetsutvärderingen; skumma resten.", DAY, 0)]),
 ("S", 6, "Träning och inferens", [
   (7, T("1710.03740"), f"ICLR 2018, loss scaling.\nhttps://openreview.net/forum?id={OR('1710.03740')}", DAY, 0),
   (8, T("2208.07339"), "https://arxiv.org/pdf/2208.07339\nJämför med våra mätningar på A100.", DAY, 0),
   (9, T("2210.17323"), "arXiv 2210.17323. Läs efter LLM.int8(); kvantisering efter träning.", DAY, 0),
   (10, T("2211.17192"), "https://arxiv.org/abs/2211.17192v2\nUtkastmodell + verifiering; knyt an till Johans projekt.", DAY, 0),
   (11, "Blogg: Lilian Weng, Large Transformer Model Inference Optimization (ej en artikel)", "https://lilianweng.github.io/posts/2023-01-10-inference-optimization/", DAY // 2, 0)]),
 (12, "Skriva kapitel 2 (bakgrund)", "Utkast till Johan senast fredag vecka 38.", 5 * DAY, 0),
 ("M", 13, "Handledarmöte: genomgång av kapitel 2", "Rum 4312, ta med utskrift."),
]
RES = [(1, "Elin Lindqvist", "EL", "elin.lindqvist@it.example.se", ""), (2, "Johan Berg", "JB", "johan.berg@it.example.se", "Handledare")]


def ts(t):
    return t.strftime("%Y%m%dT%H%M%SZ")


def next_work(t):
    """the first working instant at or after t"""
    while True:
        if t.weekday() < 5:
            for a, b in IV:
                s, e = t.replace(hour=a, minute=0, second=0), t.replace(hour=b, minute=0, second=0)
                if t < e: return max(t, s)
        t = (t + dt.timedelta(days=1)).replace(hour=0, minute=0, second=0)


def add_work(t, secs):
    t = next_work(t)
    while secs > 0:
        e = t.replace(hour=next(b for a, b in IV if t.hour < b), minute=0, second=0)
        step = min(secs, int((e - t).total_seconds()))
        t += dt.timedelta(seconds=step); secs -= step
        if secs: t = next_work(t)
    return t


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("\n", "&#10;")


def schedule():
    """leaf tasks in order, each after the previous one: {id: (start, work_start, end)}"""
    out, prev_end, order = {}, P0, []
    for node in TREE:
        leaves = node[3] if node[0] == "S" else [node]
        for leaf in leaves:
            if leaf[0] == "M":
                out[leaf[1]] = (prev_end, prev_end, prev_end); order.append(leaf[1]); continue
            tid, work = leaf[0], leaf[3]
            ws = next_work(prev_end)
            end = add_work(ws, work)
            out[tid] = (prev_end, ws, end); order.append(tid); prev_end = end
    return out, order


def task_xml(attrs, ind, pred=None, children=()):
    a = " ".join(f'{k}="{esc(str(v))}"' for k, v in attrs)
    sp = "  " * ind
    if pred is None and not children: return [f"{sp}<task {a}/>"]
    L = [f"{sp}<task {a}>"]
    if pred is not None:
        L += [f"{sp}  <predecessors>", f'{sp}    <predecessor id="1" predecessor-id="{pred}" type="FS"/>', f"{sp}  </predecessors>"]
    L += [x for c in children for x in c]
    return L + [f"{sp}</task>"]


def build():
    sch, order = schedule()
    pred = {b: a for a, b in zip(order, order[1:])}
    tasks, allocs = [], []

    def leaf(l, ind):
        tid, name, note, work, pct = l
        s, ws, e = sch[tid]
        allocs.append(tid)
        return task_xml([("id", tid), ("name", name), ("note", note), ("work", work), ("start", ts(s)), ("end", ts(e)),
                         ("work-start", ts(ws)), ("percent-complete", pct), ("priority", 0), ("type", "normal"),
                         ("scheduling", "fixed-work")], ind, pred.get(tid))
    for node in TREE:
        if node[0] == "S":
            _, sid, name, kids = node
            ks = [sch[k[0]] for k in kids]
            work = sum(k[3] for k in kids)
            pct = sum(k[3] * k[4] for k in kids) // work
            ch = [leaf(k, 3) for k in kids]
            tasks.append(task_xml([("id", sid), ("name", name), ("note", ""), ("work", work), ("start", ts(min(k[0] for k in ks))),
                                   ("end", ts(max(k[2] for k in ks))), ("work-start", ts(min(k[1] for k in ks))),
                                   ("percent-complete", pct), ("priority", 0), ("type", "normal"), ("scheduling", "fixed-work")], 2, None, ch))
        elif node[0] == "M":
            _, mid, name, note = node
            s, ws, e = sch[mid]
            tasks.append(task_xml([("id", mid), ("name", name), ("note", note), ("work", 0), ("start", ts(s)), ("end", ts(e)),
                                   ("work-start", ts(ws)), ("percent-complete", 0), ("priority", 0), ("type", "milestone"),
                                   ("scheduling", "fixed-work")], 2, pred.get(mid)))
        else:
            tasks.append(leaf(node, 2))
    L = ['<?xml version="1.0"?>',
         f'<project name="{esc("Litteraturstudie: LLM-skalning och effektiv inferens")}" company="{esc("Institutionen för informationsteknologi")}" '
         f'manager="Elin Lindqvist" phase="" project-start="{ts(P0)}" mrproject-version="2" calendar="1">',
         "  <properties>",
         '    <property name="cost" type="cost" owner="resource" label="Cost" description="standard cost for a resource"/>',
         "  </properties>", "  <phases/>", "  <calendars>", "    <day-types>",
         '      <day-type id="0" name="Working" description="En standardarbetsdag"/>',
         '      <day-type id="1" name="Nonworking" description="En standarddag som inte är en arbetsdag"/>',
         '      <day-type id="2" name="Använd bas" description="Use day from base calendar"/>',
         "    </day-types>", '    <calendar id="1" name="Standard">',
         '      <default-week mon="0" tue="0" wed="0" thu="0" fri="0" sat="1" sun="1"/>',
         "      <overridden-day-types>", '        <overridden-day-type id="0">']
    L += [f'          <interval start="{a:02d}00" end="{b:02d}00"/>' for a, b in IV]
    L += ["        </overridden-day-type>", "      </overridden-day-types>", "      <days/>", "    </calendar>", "  </calendars>", "  <tasks>"]
    L += [x for t in tasks for x in t]
    L += ["  </tasks>", "  <resource-groups/>", "  <resources>"]
    L += [f'    <resource id="{i}" name="{n}" short-name="{s}" type="1" units="0" email="{m}" note="{esc(no)}" std-rate="0"/>' for i, n, s, m, no in RES]
    L += ["  </resources>", "  <allocations>"]
    L += [f'    <allocation task-id="{t}" resource-id="1" units="100"/>' for t in allocs]
    L += ["  </allocations>", "</project>"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
