#!/usr/bin/env python3
"""831: a SAS 9.4 (TS1M7) batch log (`sas litteraturoversikt.sas` → `.log`; `options ls=256 ps=60`, so nothing wraps): page header line
`1    The SAS System    09:14 Tuesday, March 5, 2024` (a form feed before each later page), start-up NOTEs, source
lines echoed with their numbers left-justified in an 11-column field, `NOTE: The infile … is:` block, `NOTE: Invalid data for … in line N a-b.` with the
`RULE:` ruler, the raw record and its length, and the `_ERROR_=1 _N_=` variable dump, PUT output from a
`data _null_` step (`@10` column pointer), `%put` lines, `WARNING:`, step timing blocks, the closing `NOTE: The SAS
System used:`. A Swedish statistics group's literature review on scientific ML and vision robustness."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, CAT, key_of, write_only
from make_expected import by_num, keys, LENET, ALPHAFOLD

F = by_num(831)
HDR = "{:<59}The SAS System{:>48}"
lines, n = [], [0]
page = [1]


def src(*code):
    for c in code:
        n[0] += 1
        lines.append(f"{n[0]:<11}{c}".rstrip())


def log(*t):
    lines.extend(t)


def timing(real, cpu, step="DATA statement"):
    log(f"NOTE: {step} used (Total process time):", f"      real time           {real} seconds",
        f"      cpu time            {cpu} seconds", "      ", "")


def sn(k, n_=3):
    a = CAT[key_of(k)]["authors"]
    s = ", ".join(x.split()[-1] + " " + "".join(p[0] for p in x.split()[:-1]) for x in a[:n_])
    return s + (" m.fl." if len(a) > n_ else "")


# the CSV records (id; titel; författare; år; källa; kategori)
recs = [
 ("A01", T("2010.08895"), sn("2010.08895"), "2021", "https://arxiv.org/abs/2010.08895", "operatorinlärning"),
 ("A02", T("2010.03409"), sn("2010.03409"), "2021", "arXiv:2010.03409 (ICLR 2021)", "grafnät"),
 ("A03", T(ALPHAFOLD), sn(ALPHAFOLD), "2021a", "Nature 596", "vetenskap"),
 ("A04", T(LENET), sn(LENET), "1998", "Proceedings of the IEEE 86(11)", "klassiker"),
 ("A05", T("2304.02643"), sn("2304.02643"), "2023", "https://arxiv.org/abs/2304.02643v1", "segmentering"),
 ("A06", T("2006.06882"), sn("2006.06882"), "2020", "https://arxiv.org/pdf/2006.06882", "förträning"),
 ("A07", T("2006.14536"), sn("2006.14536"), "2020", "", "robusthet"),
 ("A08", T("2007.01434"), sn("2007.01434"), "2021", "ICLR 2021", "robusthet"),
 ("E01", "PyTorch-dokumentation: torch.fft", "", "2024", "https://pytorch.org/docs/stable/fft.html", "ej artikel"),
 ("E02", "Kurs: Maskininlärning för fysiker (HT23, föreläsningsanteckningar)", "Institutionen", "2023", "intern länk", "ej artikel"),
 ("E03", "Datamängd: ImageNet-C", "", "2019", "https://github.com/hendrycks/robustness", "ej artikel"),
 ("E04", "Blogginlägg: Neural operators in a nutshell", "", "2022", "https://blog.example.se/neural-operators", "ej artikel"),
]

log(HDR.format("1", "09:14 Tuesday, March 5, 2024"), "",
    "NOTE: Copyright (c) 2016 by SAS Institute Inc., Cary, NC, USA. ",
    "NOTE: SAS (r) Proprietary Software 9.4 (TS1M7) ",
    "      Licensed to ALVSTRANDA UNIVERSITET - INST FOR STATISTIK, Site 70024681.",
    "NOTE: This session is executing on the Linux 5.14.0-362.18.1.el9_3.x86_64 (LIN X64) platform.", "", "", "",
    "NOTE: Analytical products:", "      ", "      SAS/STAT 15.2", "      SAS/GRAPH 9.4_M7", "",
    "NOTE: Additional host information:", "",
    " Linux LIN X64 5.14.0-362.18.1.el9_3.x86_64 #1 SMP PREEMPT_DYNAMIC Wed Jan 3 15:54:45 EST 2024 x86_64 Red Hat Enterprise Linux release ",
    "      9.3 (Plow) ", "",
    "NOTE: SAS initialization used:", "      real time           0.08 seconds", "      cpu time            0.04 seconds", "      ")
src("/* ------------------------------------------------------------------",
    "   litteraturoversikt.sas",
    "   Syfte:   sammanställa artiklarna till litteraturöversikten i",
    "            licentiatuppsatsen (kap. 2, \"Maskininlärning i naturvetenskap\").",
    "   Indata:  artiklar.csv (exporterad från delade kalkylbladet, semikolon).",
    "   Författare: Karin Lindqvist, 2024-03-05",
    "   ------------------------------------------------------------------ */",
    "options ls=256 ps=60 nocenter validvarname=v7;",
    "filename lista \"/home/klindqvist/lic/artiklar.csv\" encoding=\"utf-8\";",
    "",
    "data work.artiklar;",
    "  infile lista dsd dlm=';' firstobs=2 truncover;",
    "  length id $8 titel $200 forfattare $120 ar 8 kalla $120 kategori $24;",
    "  input id $ titel $ forfattare $ ar kalla $ kategori $;",
    "run;")
log("", "NOTE: The infile LISTA is:", "      Filename=/home/klindqvist/lic/artiklar.csv,",
    "      Owner Name=klindqvist,Group Name=stat,", "      Access Permission=-rw-r--r--,",
    "      Last Modified=05 March 2024 09:02:17,", "      File Size (bytes)=1874", "")
bad = next(i for i, r in enumerate(recs) if r[3] == "2021a")
rec = ";".join(recs[bad])
col = rec.index("2021a") + 1
log(f"NOTE: Invalid data for ar in line {bad + 2} {col}-{col + 4}.",
    "RULE:      ----+----1----+----2----+----3----+----4----+----5----+----6----+----7----+----8----+----9----+----0")
body = rec.encode()
log(f"{bad + 2:<11}{rec} {len(body)}")
r = recs[bad]
log(f"id={r[0]} titel={r[1]} forfattare={r[2]} ar=. kalla={r[4]} kategori={r[5]} _ERROR_=1 _N_={bad + 1}")
lens = [len(";".join(x).encode()) for x in recs]
log(f"NOTE: {len(recs)} records were read from the infile LISTA.", f"      The minimum record length was {min(lens)}.",
    f"      The maximum record length was {max(lens)}.",
    f"NOTE: The data set WORK.ARTIKLAR has {len(recs)} observations and 6 variables.")
timing("0.01", "0.01")
src("", "%put NOTE: Inläsningen klar. Raden med år 2021a ska rättas i kalkylbladet (Nature-artikeln).;")
log("NOTE: Inläsningen klar. Raden med år 2021a ska rättas i kalkylbladet (Nature-artikeln).")
src("", "/* Rapport till loggen: bara riktiga artiklar, inte kurser, dokumentation eller datamängder */",
    "data _null_;", "  set work.artiklar end=sista;", "  where kategori ne 'ej artikel';",
    "  put \"Artikel \" id \": \" titel;", "  put @10 \"Författare: \" forfattare;",
    "  if kalla ne '' then put @10 \"Källa: \" kalla;", "  else put @10 \"Källa: (saknas - fylls i senare)\";",
    "  if sista then put / \"Totalt \" _n_ \"artiklar.\";", "run;")
log("")
arts = [x for x in recs if x[5] != "ej artikel"]
for x in arts:
    log(f"Artikel {x[0]}: {x[1]}", " " * 9 + f"Författare: {x[2]}", " " * 9 + f"Källa: {x[4] or '(saknas - fylls i senare)'}")
log("", f"Totalt {len(arts)} artiklar.",
    f"NOTE: There were {len(arts)} observations read from the data set WORK.ARTIKLAR.",
    "      WHERE kategori not = 'ej artikel';")
timing("0.00", "0.01")
src("", "proc freq data=work.artiklar;", "  tables kategori / nocum;", "  title \"Artiklar per kategori\";", "run;")
log("", f"NOTE: There were {len(recs)} observations read from the data set WORK.ARTIKLAR.",
    "NOTE: The PROCEDURE FREQ printed page 1.")
timing("0.03", "0.02", "PROCEDURE FREQ")
src("", "proc sort data=work.artiklar out=work.per_ar;", "  by ar id;", "run;")
log("", f"NOTE: There were {len(recs)} observations read from the data set WORK.ARTIKLAR.",
    f"NOTE: The data set WORK.PER_AR has {len(recs)} observations and 6 variables.")
timing("0.00", "0.00", "PROCEDURE SORT")
src("", "/* Kontroll: artiklar utan källa ska ha en länk före seminariet 14/3 */", "data work.saknar_kalla;",
    "  set work.per_ar;", "  if kalla = '' and kategori ne 'ej artikel';", "run;")
log("", f"NOTE: There were {len(recs)} observations read from the data set WORK.PER_AR.",
    "NOTE: The data set WORK.SAKNAR_KALLA has 1 observations and 6 variables.")
timing("0.00", "0.00")
src("", "%let antal = 1;", "%put WARNING: &antal artikel saknar källa - se WORK.SAKNAR_KALLA.;")
log("WARNING: 1 artikel saknar källa - se WORK.SAKNAR_KALLA.")
src("", "ods pdf file=\"/home/klindqvist/lic/ut/artiklar_per_kategori.pdf\" style=journal;")
log("NOTE: Writing ODS PDF output to DISK destination ", "      \"/home/klindqvist/lic/ut/artiklar_per_kategori.pdf\", printer \"PDF\".")
src("proc print data=work.per_ar noobs label;", "  var id titel ar kategori;", "  label titel=\"Titel\" ar=\"År\";", "run;")
log("", f"NOTE: There were {len(recs)} observations read from the data set WORK.PER_AR.",
    "NOTE: The PROCEDURE PRINT printed pages 2-3.")
timing("0.05", "0.03", "PROCEDURE PRINT")
src("", "ods pdf close;")
log("NOTE: ODS PDF printed 3 pages to /home/klindqvist/lic/ut/artiklar_per_kategori.pdf.", "")
src("", "/* Export till BibTeX görs i Zotero, inte här. */", "filename lista clear;")
log("NOTE: Fileref LISTA has been deassigned.")
log("", "NOTE: SAS Institute Inc., SAS Campus Drive, Cary, NC USA 27513-2414",
    "NOTE: The SAS System used:", "      real time           0.41 seconds", "      cpu time            0.19 seconds", "      ")

# page breaks every 60 lines (form feed + header)
out, cnt = [], 0
for l in lines:
    if cnt == 60:
        page[0] += 1
        out.append("\f" + HDR.format(str(page[0]), "09:14 Tuesday, March 5, 2024")); out.append(""); cnt = 2
    out.append(l); cnt += 1
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
