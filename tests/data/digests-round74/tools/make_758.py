#!/usr/bin/env python3
"""758: a Tiki Wiki CMS Groupware page source (the `data` column of tiki_pages, as the browser's textarea submitted it:
CRLF line ends, no final newline): {maketoc}, `!` headings, `||…|…||` tables (rows by line, cells by `|`), `[url|text]`
external links, `((Page))` / `((Page|alias))` wiki links, `__bold__`, `''italic''`, `-+mono+-`, `~~#hex:colour~~`,
`%%%` breaks, {REMARKSBOX}, {DIV}, {CODE} and ~np~ blocks, ~tc~ comments. A Czech awesome table on efficient attention
and long documents."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only, CAT
from make_expected import by_num, keys

F = by_num(758)
A = lambda k, t="arXiv": f"[https://arxiv.org/abs/{k}|{t}]"
y = lambda k: CAT[k]["published"][:4]

rows = [
    (T("2205.14135"), au("2205.14135", 2), y("2205.14135"), A("2205.14135"), "přesná pozornost, dlaždicování v SRAM"),
    (T("1904.10509"), au("1904.10509", 2), y("1904.10509"), "–", "řídké vzory, faktorizovaná pozornost"),
    (T("2006.04768"), au("2006.04768", 2), y("2006.04768"), A("2006.04768"), "projekce délky na k, O(n)"),
    (T("2004.05150"), au("2004.05150", 2), y("2004.05150"), "arXiv:2004.05150", "okno + globální tokeny"),
    (T("2103.02143"), au("2103.02143", 2), y("2103.02143"), A("2103.02143", "arXiv (abs)"), "náhodné rysy, brána pro zapomínání"),
    (T("2009.14794"), au("2009.14794", 2), y("2009.14794"), f"[https://openreview.net/forum?id={CAT['2009.14794']['openreview_id']}|OpenReview]", "FAVOR+, kladné náhodné rysy"),
    (T("2005.00743"), au("2005.00743", 2), y("2005.00743"), "–", "syntetizované váhy bez dot-productu"),
]
table = "||__Článek__|__Autoři__|__Rok__|__Odkaz__|__Poznámka__\r\n" + "\r\n".join(
    f"{t}|{a}|{yy}|{l}|{n}" for t, a, yy, l, n in rows) + "||"

text = f"""{{maketoc title="Obsah"}}
~tc~ Stránku spravuje skupina ČK-Efektivita. Úpravy prosím s komentářem v poli "Popis úprav". Naposledy přečíslováno 4. 3. 2024 (vlasta.k). ~/tc~
{{DIV(class="alert alert-info")}}__Awesome efektivní attention__ — seznam článků, kódu a kurzů k efektivní pozornosti a dlouhým dokumentům pro čtenářský kroužek ((ČtenářskýKroužek|ČK Strojové učení)). Seznam je kurátorovaný: přidávejte jen to, co jste opravdu četli.{{DIV}}

! Jak číst tuto stránku
* Tabulka níže obsahuje ''jen články''. Software, datové sady, blogy a přednášky mají vlastní oddíly dole.
* Odkaz „–“ znamená, že článek máme v tištěné podobě v knihovně ústavu (police B3) nebo ho teprve dohledáváme.
* Barva ~~#c0392b:červená~~ = čte se v tomto semestru, ~~#27ae60:zelená~~ = už probráno.
* Starší verzi stránky najdete v historii (verze 41 a dřív), pozor, tam jsou ještě rozbité odkazy.

! Články

!! Lineární a řídká pozornost
{table}

Poznámka ke čtvrtému řádku (okno + globální tokeny): odkaz na arXiv nevkládáme jako odkaz, protože wiki ho převádí na náhled a stránka se pak načítá pomalu — číslo stačí.%%%
Poznámka k řádku s FAVOR+: máme jen verzi z OpenReview (je tam i diskuse recenzentů, doporučuji).

!! Benchmarky
* __{T("2011.04006")}__ — {au("2011.04006", 3)}, {y("2011.04006")}. Šest úloh od ListOps po Pathfinder; ~~#c0392b:čte se 21. 3.~~ Odkaz doplní Vlasta.
* Tabulky výsledků na webu Papers with Code (žebříček, ne článek) berte s rezervou — různé konfigurace.

{{REMARKSBOX(type="tip" title="Tip pro referující")}}Ke každému článku připravte jeden obrázek složitosti: čas a paměť v závislosti na délce sekvence. Šablona grafu je v ((ŠablonyGrafů)). Měření dělejte na serveru -+gpu-ck02+-, ne na vlastním notebooku.{{REMARKSBOX}}

! Kód a knihovny (nejsou to články)
* [https://github.com/Dao-AILab/flash-attention|Dao-AILab/flash-attention] — CUDA jádra, instalace přes -+pip install flash-attn --no-build-isolation+-
* [https://github.com/lucidrains/performer-pytorch|lucidrains/performer-pytorch] — referenční implementace v PyTorchi
* [https://github.com/google-research/long-range-arena|google-research/long-range-arena] — úlohy benchmarku v JAX/Flax
* [https://huggingface.co/docs/transformers/model_doc/longformer|Hugging Face Transformers – model_doc] — dokumentace knihovny
* xFormers (Meta) — knihovna s paměťově efektivní pozorností, sestavení viz ((InstalaceXformers))

! Kurzy a blogy
* Stanford CS25 „Transformers United“ — přednášky na YouTube (kurz)
* Blog Lilian Weng: „The Transformer Family Version 2.0“ (blogový článek, hezký přehled)
* The Annotated Transformer (Harvard NLP) — notebook s komentovaným kódem
* ''Dive into Deep Learning'', kapitola 11 (kniha, zdarma online)

! Měření v kroužku
{{CODE(caption="Výsledky z gpu-ck02, A100 40 GB, fp16, batch 8" colors="text")}}
délka   standardní   flash    lineární(k=256)
1024      11.2 ms     4.1 ms     6.3 ms
4096     151.0 ms    29.8 ms    22.7 ms
16384        OOM    418.5 ms    88.9 ms
{{CODE}}
Skript: ~np~benchmarks/attn_speed.py --seq 1024,4096,16384 --dtype fp16~/np~ (repozitář kroužku na GitLabu ústavu).

! Rozpis referátů (jaro 2024)
||__Datum__|__Referující__|__Téma__
7. 3.|Vlasta K.|flash attention a IO
14. 3.|Ondřej P.|lineární projekce a náhodné rysy
21. 3.|Bára S.|benchmark dlouhých sekvencí
28. 3.|Matěj D.|syntetizovaná pozornost, diskuse||

! Návrhy na doplnění (zatím nezařazeno)
# Přidat oddíl o kvantizaci KV cache — ''někdo, kdo to opravdu četl''. Zatím jen odkaz na vlákno v diskusním fóru ústavu ((FórumČK|fórum, téma 118)).
# Zkontrolovat, jestli ~~#c0392b:řádky 2 a 7~~ nemají odkaz na arXiv; pokud ano, doplnit do sloupce Odkaz.
# Rozdělit tabulku na „2019–2020“ a „2021+“? Hlasování v ((AnketyČK)) do 15. 3.
# Sjednotit formát autorů (příjmení, nebo celé jméno? zatím celé jméno, první dva autoři + et al.).
# Připomínka od Ondřeje: __nepřidávat__ odkazy na placené kurzy.

!! Historie významných úprav
||__Verze__|__Kdo__|__Co__
38|matej.d|založení stránky, první čtyři články
41|bara.s|oddíl Kód a knihovny, opraveny odkazy na GitHub
44|vlasta.k|přidán benchmark, rozpis referátů, měření z gpu-ck02
45|ondrej.p|drobnosti: diakritika, barvy, rámeček s tipem||

---
^Kontakt: vlasta.k@ck.example.cz · Stránka je viditelná jen pro skupinu ČK. Licence obsahu CC BY 4.0.^"""
text = text.replace("\r\n", "\n").replace("\n", "\r\n")
write_only(F, text, keys(F))
