#!/usr/bin/env python3
"""1753: a Swedish reading group's Evidence page (`pages/lasgrupp.md`): YAML front matter, markdown prose, named
```sql blocks (DuckDB; the reading list kept inline as a VALUES table, the summary and chart queries built on it by
name) and Evidence components (<BigValue>, <DataTable>/<Column>, <BarChart>, {#each}…{/each}) that use only queries
defined on the page. Nothing is computed: the numbers are left to the queries, as the page would."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1753)
# (vecka, titel, länk, status, anteckning)
ROWS = [
 (5, T("2104.08691"), "https://arxiv.org/abs/2104.08691", "läst", "Mjuka promptar; jämför med full finjustering vid 11B"),
 (7, T("2402.09353"), "https://arxiv.org/pdf/2402.09353v3", "läst", "Magnitud + riktning; Elin visar egna LLaMA-körningar"),
 (9, T("2210.17323"), "https://arxiv.org/abs/2210.17323", "läst", "3-4 bitar utan omträning"),
 (11, T("2211.17192"), None, "pågår", "ICML 2023, arXiv:2211.17192, Olof presenterar"),
 (13, T("2006.05929"), None, "planerad", "ICML 2021; kopplar till vårt datakomprimeringsspår"),
 (15, T("2103.09762"), None, "planerad", "ICLR 2021, kontinuerlig inlärning"),
]


def s(x):
    return "null" if x is None else "'" + x.replace("'", "''") + "'"


def build():
    L = ["---", "title: Läsgruppen – effektiv anpassning och komprimering", "description: Vårterminen 2024, fredagar 13.15 i sal 4128", "---", "",
         "# Läsgruppen VT 2024", "",
         "Vi läser en artikel varannan vecka om hur man anpassar, komprimerar och snabbar upp stora modeller. "
         "Anmäl dig som presentatör i kalkylarket på gruppens wiki (wiki.example.se/ml-lasgrupp).", "",
         "```sql artiklar", "select * from (values"]
    for k, (v, t, u, st, a) in enumerate(ROWS):
        L.append(f"  ({v}, {s(t)}, {s(u)}, {s(st)}, {s(a)})" + ("," if k < len(ROWS) - 1 else ""))
    L += [") as t(vecka, titel, lank, status, anteckning)", "order by vecka", "```", "",
          "```sql sammanfattning", "select", "  count(*) as totalt,", "  count(*) filter (where status = 'läst') as lasta,",
          "  count(*) filter (where lank is null) as utan_lank", "from ${artiklar}", "```", "",
          "```sql per_status", "select status, count(*) as antal", "from ${artiklar}", "group by status", "order by antal desc", "```", "",
          '<BigValue data={sammanfattning} value=totalt title="Artiklar på listan"/>',
          '<BigValue data={sammanfattning} value=lasta title="Lästa"/>',
          '<BigValue data={sammanfattning} value=utan_lank title="Saknar länk"/>', "",
          "## Schema", "",
          "<DataTable data={artiklar} rows=20>", '  <Column id=vecka title="Vecka"/>', '  <Column id=titel title="Artikel" wrap=true/>',
          '  <Column id=lank title="Länk" contentType=link linkLabel="pdf"/>', '  <Column id=status/>', '  <Column id=anteckning title="Anteckning" wrap=true/>',
          "</DataTable>", "",
          "<BarChart data={per_status} x=status y=antal title=\"Status\"/>", "",
          "## Kvar att läsa", "",
          "{#each artiklar as a}", "{#if a.status != 'läst'}", "", "- **{a.titel}** (vecka {a.vecka}) – {a.anteckning}", "", "{/if}", "{/each}", "",
          "## Förslag till hösten", "",
          f"- {T('2006.03656')} – Karin vill koppla den till vårt AutoML-projekt (NeurIPS-workshop?)",
          f"- {T('2011.06182')} – för kontrastiv finjustering; hittar ingen officiell kod, bara en reimplementation",
          "- Hugging Face PEFT-dokumentationen och bitsandbytes-guiden som förberedelse (inte artiklar, men bra att ha läst)", "",
          "_Senast uppdaterad av Olof Lindqvist._", ""]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
