#!/usr/bin/env python3
"""455: a Windows command-prompt session (Italian Windows 11) pasted into Notepad (CRLF): the banner, `cd` into a
OneDrive "da leggere\\AI4Science" folder, `dir` (Italian headers, dd/mm/yyyy dates, sizes with "." thousands
separators, the File / Directory summary lines), `type *.url` (cmd prints each file name, then its content: the
[InternetShortcut] INI sections written by Chrome, Edge or Internet Explorer: URL=, IDList=, IconFile=,
IconIndex=, HotKey=, the {000214A0-…} property section) and a `findstr`. Shortcut file names are page titles with
the characters Windows forbids replaced by "_" as Chrome does. Papers: arXiv abs URLs (link), a Semantic Scholar
/arxiv/ID URL and an arXiv Vanity URL (arxiv-text), two Nature article pages and a Google Scholar / Semantic
Scholar search (title-only). Not papers: the AlphaFold database, the course's Moodle page, a Zoom seminar link, a
Word draft, a PDF of meeting notes."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import F455, keys, ALPHAFOLD, BACKPROP

CHROME = "[{{000214A0-0000-0000-C000-000000000046}}]\nProp3=19,11\n[InternetShortcut]\nIDList=\nURL={u}\n"
EDGE = "[InternetShortcut]\nURL={u}\n"
IE = "[InternetShortcut]\nURL={u}\nIDList=\nHotKey=0\nIconFile={i}\nIconIndex=1\n[{{000214A0-0000-0000-C000-000000000046}}]\nProp3=19,11\n"
files = [  # (file name, template, url, icon, date, time)
 ("[2011.03459] " + T("2011.03459") + ".url", CHROME, "https://arxiv.org/abs/2011.03459", "", "12/02/2024", "10:15"),
 ("[2010.03409] " + T("2010.03409") + ".url", CHROME, "https://arxiv.org/abs/2010.03409", "", "12/02/2024", "10:17"),
 ("[2103.14146] " + T("2103.14146") + ".url", EDGE, "https://arxiv.org/abs/2103.14146", "", "19/02/2024", "09:02"),
 ("AlphaFold Protein Structure Database.url", EDGE, "https://alphafold.ebi.ac.uk/", "", "19/02/2024", "09:40"),
 ("Corso ML for Science - Moodle.url", IE, "https://elearning.example.it/course/view.php?id=5120",
  "https://elearning.example.it/theme/image.php/boost/theme/1706004821/favicon", "05/02/2024", "14:31"),
 (T("2010.08895") + " _ Semantic Scholar.url", CHROME, "https://www.semanticscholar.org/arxiv/2010.08895", "", "26/02/2024", "16:48"),
 (T("2103.09762") + " - Google Scholar.url", CHROME,
  "https://scholar.google.it/scholar?hl=it&q=Gradient+Projection+Memory+for+Continual+Learning", "", "26/02/2024", "16:55"),
 (ALPHAFOLD + " _ Nature.url", EDGE, "https://www.nature.com/articles/s41586-021-03819-2", "", "01/03/2024", "11:20"),
 (BACKPROP + " _ Nature.url", EDGE, "https://www.nature.com/articles/323533a0", "", "01/03/2024", "11:22"),
 (T("2108.04392") + " – arXiv Vanity.url", CHROME, "https://www.arxiv-vanity.com/papers/2108.04392/", "", "04/03/2024", "18:06"),
 (T("2006.06882") + " _ Semantic Scholar.url", CHROME,
  "https://www.semanticscholar.org/search?q=Rethinking%20Pre-training%20and%20Self-training&sort=relevance", "", "04/03/2024", "18:09"),
 ("Seminario AI4Science 14 marzo - Zoom.url", EDGE, "https://example-it.zoom.us/j/81234567890?pwd=Q2x5dE1PZ3hRaUVxNnJt",
  "", "07/03/2024", "12:44"),
]
others = [("bozza_capitolo2_related_work.docx", 48213, "08/03/2024", "17:40"),
          ("note_riunione_07-03.pdf", 131902, "07/03/2024", "15:12")]
DIR = r"C:\Users\giulia.ferri\OneDrive - Università di Valmarina\Dottorato\da leggere\AI4Science"


def it_num(n):
    return f"{n:,}".replace(",", ".")


content = {f: t.format(u=u, i=i).replace("\n", "\r\n") for f, t, u, i, _, _ in files}
listing = sorted([(f, len(content[f].encode("utf-8")), d, tm) for f, _, _, _, d, tm in files] + others,
                 key=lambda x: x[0].lower())
L = ["Microsoft Windows [Versione 10.0.22631.3155]", "(c) Microsoft Corporation. Tutti i diritti riservati.", "",
     r'C:\Users\giulia.ferri>cd "OneDrive - Università di Valmarina\Dottorato\da leggere\AI4Science"', "",
     DIR + ">dir", " Il volume nell'unità C è Windows", " Numero di serie del volume: 6A2F-1C0B", "",
     " Directory di " + DIR, "",
     "08/03/2024  17:42    <DIR>          .", "08/03/2024  17:42    <DIR>          .."]
for name, size, d, tm in listing:
    L.append(f"{d}  {tm}    {it_num(size):>14} {name}")
total = sum(s for _, s, _, _ in listing)
L += [f"{len(listing):>16} File {it_num(total):>14} byte", f"{2:>16} Directory  187.331.584.000 byte disponibili", ""]
L += [DIR + ">type *.url"]
for f, *_ in sorted(files, key=lambda x: x[0].lower()):
    L += ["", f, "", ""]
    L += content[f].split("\r\n")[:-1]
L += ["", DIR + '>findstr /i /c:"arxiv" *.url']
for f, *_ in sorted(files, key=lambda x: x[0].lower()):
    for line in content[f].split("\r\n"):
        if "arxiv" in line.lower() and line.startswith("URL="):
            L.append(f"{f}:{line}")
L += ["", DIR + ">"]
text = "\r\n".join(L) + "\r\n"
write_raw(F455, text.encode("utf-8"), [text, text.replace("\r\n", "\n")], keys(F455))
