#!/usr/bin/env python3
"""557: a GanttProject 3.2 project file (.gan XML) — a Czech reading plan for LLM scaling and training systems.
Tasks carry the titles (name attributes, notes in CDATA), a custom column "Odkaz", and one URL-encoded webLink."""
import os, sys, hashlib
from datetime import date, timedelta
from urllib.parse import quote
from xml.sax.saxutils import quoteattr
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F557, keys

def uid(s): return hashlib.md5(s.encode()).hexdigest()[:32]
def workdays_end(start, dur):
    d, n = start, dur
    while n > 1:
        d += timedelta(days=1)
        if d.weekday() < 5: n -= 1
    return d

# (id, name, start, duration, complete, notes, link custom, webLink, meeting, children, depends, color)
tasks = [
 (0, "Blok 1: Škálovací zákony", "2024-03-04", 10, 100, "Cíl bloku: pochopit, jak se ztráta mění s velikostí modelu, dat a výpočtu.\nSkupina čte společně, každý připraví 1 slajd.", None, None, False, [
   (1, "Přečíst: " + T("2001.08361"), "2024-03-04", 3, 100,
    "Kaplan et al., OpenAI 2020.\nPozor na definici C ≈ 6ND a na to, že fitují jen do 1.5B parametrů.\nVytištěno v knihovně (Dejvice), regál B.", None, None, False, [], [], "#8cb6ce"),
   (2, "Přečíst: " + T("2203.15556"), "2024-03-07", 3, 100,
    "„Chinchilla“ paper, NeurIPS 2022.\nPorovnat jejich tři přístupy k odhadu (IsoFLOP profily!) s Kaplanem.", None, None, False, [], [1], "#8cb6ce"),
   (3, "Seminář 1 — diskuse škálování", "2024-03-15", 0, 0, "Místnost T9:347, 14:00. Zapisuje Zdeňka.", None, None, True, [], [2], "#000000"),
 ], [], "#8cb6ce"),
 (4, "Blok 2: Paralelismus a MoE", "2024-03-18", 10, 60, "Modelový a expertní paralelismus. K tomu repozitář NVIDIA/Megatron-LM a dokumentace DeepSpeed (nejsou to články, jen pro praxi).", None, None, False, [
   (5, T("1909.08053"), "2024-03-18", 2, 100,
    "Tenzorový paralelismus v rámci uzlu; obr. 3 (MLP + self-attention) si nakreslit.", "https://arxiv.org/abs/1909.08053", None, False, [], [3], "#8cb6ce"),
   (6, T("1701.06538"), "2024-03-20", 2, 100,
    "Shazeer et al., ICLR 2017 — recenze a diskuse na OpenReview:\nhttps://openreview.net/forum?id=" + OR("1701.06538") + "\nNoisy top-k gating, load-balancing loss.", None, None, False, [], [5], "#8cb6ce"),
   (7, "Přečíst: " + T("2006.16668"), "2024-03-22", 3, 50,
    "Lepikhin et al. 2020. Hlavně sekce o anotacích pro sharding (XLA SPMD), zbytek zběžně.", None, None, False, [], [6], "#8cb6ce"),
   (8, "Přečíst: Switch Transformers", "2024-03-27", 3, 0,
    "Celý název: " + T("2101.03961") + "\nTop-1 routing, capacity factor, bfloat16 selektivně.", None, "https://arxiv.org/abs/2101.03961", False, [], [7], "#8cb6ce"),
 ], [3], "#8cb6ce"),
 (9, "Blok 3: Inference a jádra", "2024-04-02", 8, 0, "Systémová část — přizvat Radima z HPC skupiny.", None, None, False, [
   (10, "Přečíst: FlashAttention-2", "2024-04-02", 3, 0,
    T("2307.08691") + "\nTri Dao, 2023. arXiv:2307.08691\nPorovnat s první verzí (IO-aware tiling), sekce 3 o rozdělení práce mezi warpy.", None, None, False, [], [8], "#8cb6ce"),
   (11, "Přečíst: vLLM / PagedAttention", "2024-04-05", 3, 0,
    T("2309.06180") + "\nKwon et al., SOSP 2023. Správa KV cache po blocích jako stránkování v OS.\nK vyzkoušení: knihovna vLLM na naší A100 (jen jako software, ne článek).", None, None, False, [], [10], "#8cb6ce"),
   (12, "Seminář 2 — systémy", "2024-04-12", 0, 0, "Prezentuje Ondřej; pak společná večeře (U Pinkasů?).", None, None, True, [], [11], "#000000"),
 ], [4], "#8cb6ce"),
 (13, "Administrativa", "2024-03-04", 5, 100, "", None, None, False, [
   (14, "Rezervace místnosti T9:347", "2024-03-04", 1, 100, "Přes systém KOS, potvrzeno e-mailem.", None, None, False, [], [], "#a0a0a0"),
   (15, "Sdílená složka se PDF", "2024-03-05", 1, 100, "OneDrive → Čtenářský kroužek/2024-LS. Kapitoly z knihy o distribuovaném tréninku tam nedávat (licence).", None, None, False, [], [], "#a0a0a0"),
 ], [], "#a0a0a0"),
]

res = [(0, "Zdeňka Horáčková", "horackova@fel.example.cz"), (1, "Ondřej Vlk", "vlk.ondrej@fel.example.cz"),
       (2, "Radim Šťastný", "stastny@hpc.example.cz"), (3, "Lucie Beranová", "beranova@fel.example.cz")]
alloc = [(1, 0), (2, 3), (5, 1), (6, 0), (7, 3), (8, 1), (10, 2), (11, 1), (14, 3), (15, 0)]

def task_xml(t, ind):
    tid, name, start, dur, comp, notes, link, web, meet, kids, deps, color = t
    sd = date.fromisoformat(start)
    attrs = f'id="{tid}" uid="{uid("t%d" % tid)}" name={quoteattr(name)} color="{color}" meeting="{"true" if meet else "false"}" start="{start}" duration="{dur}" complete="{comp}"'
    if web: attrs += f' webLink="{quote(web, safe="")}"'
    attrs += ' expand="true"'
    inner = []
    if notes: inner.append(f"{ind}    <notes><![CDATA[{notes}]]></notes>")
    for k in kids_deps.get(tid, []):
        inner.append(f'{ind}    <depend id="{k}" type="2" difference="0" hardness="Strong"/>')
    if link: inner.append(f'{ind}    <customproperty taskproperty-id="tpc0" value="{link}"/>')
    for k in kids: inner.append(task_xml(k, ind + "    "))
    if not inner: return f"{ind}<task {attrs}/>"
    return f"{ind}<task {attrs}>\n" + "\n".join(inner) + f"\n{ind}</task>"

# GanttProject stores a dependency on the predecessor task: <depend id="successor">
kids_deps = {}
def collect(ts):
    for t in ts:
        for d in t[10]: kids_deps.setdefault(d, []).append(t[0])
        collect(t[9])
collect(tasks)

head = '''<?xml version="1.0" encoding="UTF-8"?>
<project name="Čtenářský kroužek LS 2024 — škálování LLM" company="Katedra kybernetiky (kroužek)" webLink="http://" view-date="2024-02-26" view-index="0" gantt-divider-location="412" resource-divider-location="300" version="3.2.3240" locale="cs_CZ">
    <description><![CDATA[Plán četby na letní semestr. Každý blok končí seminářem (milník).
Barvy: modrá = článek, šedá = organizace. Odkazy v sloupci „Odkaz“, případně v poznámce.]]></description>
    <view zooming-state="default:2" id="gantt-chart">
        <field id="tpd3" name="Název" width="247" order="0"/>
        <field id="tpd4" name="Datum zahájení" width="75" order="1"/>
        <field id="tpd5" name="Datum ukončení" width="75" order="2"/>
        <field id="tpc0" name="Odkaz" width="160" order="3"/>
        <option id="filter.completedTasks" value="false"/>
        <option id="color.recent"><![CDATA[#8cb6ce #a0a0a0 #000000]]></option>
    </view>
    <view id="resource-table">
        <field id="0" name="Jméno" width="178" order="0"/>
        <field id="1" name="Výchozí role" width="92" order="1"/>
    </view>
    <!-- -->
    <calendars>
        <day-types>
            <day-type id="0"/>
            <day-type id="1"/>
            <default-week id="1" name="default" sun="1" mon="0" tue="0" wed="0" thu="0" fri="0" sat="1"/>
            <only-show-weekends value="false"/>
            <overriden-day-types/>
            <days/>
        </day-types>
        <date year="" month="3" date="29" type="HOLIDAY"><![CDATA[Velký pátek]]></date>
        <date year="" month="4" date="1" type="HOLIDAY"><![CDATA[Velikonoční pondělí]]></date>
    </calendars>
    <tasks empty-milestones="true">
        <taskproperties>
            <taskproperty id="tpd0" name="type" type="default" valuetype="icon"/>
            <taskproperty id="tpd1" name="priority" type="default" valuetype="icon"/>
            <taskproperty id="tpd2" name="info" type="default" valuetype="icon"/>
            <taskproperty id="tpd3" name="name" type="default" valuetype="text"/>
            <taskproperty id="tpd4" name="begindate" type="default" valuetype="date"/>
            <taskproperty id="tpd5" name="enddate" type="default" valuetype="date"/>
            <taskproperty id="tpd6" name="duration" type="default" valuetype="int"/>
            <taskproperty id="tpd7" name="completion" type="default" valuetype="int"/>
            <taskproperty id="tpd8" name="coordinator" type="default" valuetype="text"/>
            <taskproperty id="tpd9" name="predecessorsr" type="default" valuetype="text"/>
            <taskproperty id="tpc0" name="Odkaz" type="custom" valuetype="text"/>
        </taskproperties>
'''
body = "\n".join(task_xml(t, "        ") for t in tasks)
tail = "\n    </tasks>\n    <resources>\n"
tail += "".join(f'        <resource id="{i}" name="{n}" function="Default:0" contacts="{m}" phone=""/>\n' for i, n, m in res)
tail += "    </resources>\n    <allocations>\n"
tail += "".join(f'        <allocation task-id="{t}" resource-id="{r}" function="Default:0" responsible="true" load="100.0"/>\n' for t, r in alloc)
tail += '''    </allocations>
    <vacations>
        <vacation start="2024-04-08" end="2024-04-10" resourceid="3"/>
    </vacations>
    <previous/>
    <roles roleset-name="Default"/>
</project>
'''
text = head + body + tail
from urllib.parse import unquote
write_only(F557, text, keys(F557), forms=[unquote(text)])
