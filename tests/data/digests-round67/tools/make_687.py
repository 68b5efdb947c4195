#!/usr/bin/env python3
"""687: `svn log --xml -v -r HEAD:388` of a Polish lab's reading-list repository, as the Subversion 1.14 command-line
client prints it: `<?xml version="1.0" encoding="UTF-8"?>`, `<log>`, each `<logentry` with its attribute on the next
line indented by three spaces, `<author>`, `<date>` (UTC, six fractional digits, Z), `<paths>` with one `<path` per
changed path (attributes prop-mods / text-mods / kind / action on their own lines, copyfrom-path / copyfrom-rev for
copies), `<msg>` with & < > escaped and newlines kept; newest revision first; LF. Topic: efficient attention."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F687, keys


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def au(k, n=3):
    a = authors(k)
    return ", ".join(a[:n]) + (" i in." if len(a) > n else "")


E = []  # (rev, author, date, paths, msg), oldest first


def c(author, date, paths, msg):
    E.append((388 + len(E), author, date, paths, msg))


M = ("M", "file", "true", "false")
A = ("A", "file", "true", "false")
c("mkowalczyk", "2024-03-04T08:41:17.302215Z", [("/trunk/czytelnia/README.txt", M)],
  "Nowy semestr: seminarium \"Wydajna uwaga\" co czwartek o 14:15, sala 2.17 (budynek C).\nLista w lista.md, notatki w notatki/.")
c("mkowalczyk", "2024-03-04T08:52:40.118907Z", [("/trunk/czytelnia/lista.md", M)],
  f"lista: temat 1 -- {T('2006.04768')}\n({au('2006.04768')}), https://arxiv.org/abs/2006.04768\nReferuje: Marta.")
c("pnowicki", "2024-03-05T13:07:55.640120Z", [("/trunk/czytelnia/skrypty/pobierz_pdf.sh", A), ("/trunk/czytelnia/skrypty", ("A", "dir", "false", "false"))],
  "Skrypt do pobierania PDF-ów z listy (curl + sha256sum). Nie wrzucamy PDF-ów do repozytorium!")
c("pnowicki", "2024-03-05T13:11:02.001377Z", [("/trunk/czytelnia/.svnignore", A)], "Ignorujemy *.pdf, *.aux, *.log, build/.")
c("akaminska", "2024-03-11T10:25:48.874411Z", [("/trunk/czytelnia/lista.md", M)],
  f"temat 2: {T('2004.05150')} -- {au('2004.05150')}\nPDF: https://arxiv.org/pdf/2004.05150v2\nUwaga: okno przesuwne + globalne tokeny; sprawdzić koszt pamięci przy 16k tokenów.")
c("akaminska", "2024-03-11T10:31:09.220568Z", [("/trunk/czytelnia/lista.md", M)],
  f"temat 3: {T('1901.02860')}\n{au('1901.02860')} (ACL 2019). Link dodam później, na razie PDF z dysku zespołu.")
c("mkowalczyk", "2024-03-14T15:40:21.512306Z", [("/trunk/czytelnia/notatki/2024-03-14.md", A)],
  "Notatki ze spotkania 14.03 (projekcja K i V do k wymiarów; dyskusja o k < n).")
c("jzielinski", "2024-03-18T07:58:33.093850Z", [("/trunk/czytelnia/lista.md", M)],
  f"temat 4: {T('2007.14062')}\n({au('2007.14062')}) https://arxiv.org/abs/2007.14062\nRzadka uwaga: losowa + okno + globalna.")
c("jzielinski", "2024-03-18T08:03:12.771044Z", [("/trunk/czytelnia/zasoby.md", A)],
  "zasoby.md: rzeczy, które NIE są artykułami -- repozytorium xformers (https://github.com/facebookresearch/xformers),\n"
  "wpis blogowy \"The Annotated Transformer\" (https://nlp.seas.harvard.edu/annotated-transformer/),\n"
  "kurs CS25 Transformers United (nagrania na YouTube), tabela wyników na paperswithcode.com.")
c("pnowicki", "2024-03-21T12:19:44.406212Z", [("/trunk/czytelnia/skrypty/pobierz_pdf.sh", M)],
  "pobierz_pdf.sh: obsługa adresów openreview.net (pdf?id=...), poprawka && zamiast ; w pętli.")
c("mkowalczyk", "2024-03-25T09:14:27.385502Z", [("/trunk/czytelnia/lista.md", M)],
  f"temat 5: {T('2009.14794')}\n{au('2009.14794')} -- ICLR 2021, https://openreview.net/forum?id=Ua6zuk0WRH\nFAVOR+: dodatnie losowe cechy, ortogonalne.")
c("akaminska", "2024-03-28T14:02:51.950313Z", [("/trunk/czytelnia/notatki/2024-03-28.md", A)],
  "Notatki 28.03: temat 5 vs temat 1 na naszych danych (sekwencje 8k); wyniki w arkuszu, nie w repo.")
c("jzielinski", "2024-04-02T10:47:19.662941Z", [("/trunk/czytelnia/lista.md", M)],
  f"temat 6: \"{T('2005.00743')}\"\n{au('2005.00743')}, arXiv:2005.00743 (ICML 2021)\nCzy w ogóle potrzebujemy iloczynu zapytanie-klucz?")
c("mkowalczyk", "2024-04-02T11:00:08.117725Z", [("/trunk/czytelnia/lista.md", M)],
  f"temat 7 (benchmark): {T('2011.04006')}\n{au('2011.04006')}. Bez linku -- ktoś ma wersję z ICLR?")
c("pnowicki", "2024-04-08T16:33:40.248810Z", [("/trunk/czytelnia/lista.md", M), ("/trunk/czytelnia/notatki/2024-04-04.md", A)],
  f"temat 8: {T('2103.02143')}\n({au('2103.02143')}, ICLR 2021) -- dopisane po dyskusji; link w notatkach na wiki.")
c("akaminska", "2024-04-08T16:40:02.591133Z", [("/tags/semestr-letni-2024", ("A", "dir", "false", "false"))],
  "Tag po pierwszej połowie semestru.")
c("jzielinski", "2024-04-11T09:05:55.034219Z", [("/trunk/czytelnia/zasoby.md", M)],
  "zasoby.md: dodany wykład \"Szybsza uwaga w praktyce\" z letniej szkoły (slajdy PDF, to nie artykuł) oraz\nbiblioteka flash-attn (repozytorium, wersja 2.5.6).")
c("mkowalczyk", "2024-04-15T07:30:12.880634Z", [("/trunk/czytelnia/README.txt", M)],
  "README: zmiana sali na 3.05 od 18.04; przypomnienie: referat <= 30 min + 15 min dyskusji.")
c("pnowicki", "2024-04-18T13:22:47.412076Z", [("/trunk/czytelnia/skrypty/tabela.py", A)],
  "tabela.py: generuje tabelę \"złożoność vs długość sekwencji\" z lista.md (markdown -> HTML).")
c("akaminska", "2024-04-22T08:17:36.771590Z", [("/trunk/czytelnia/notatki/2024-04-18.md", A)],
  "Notatki 18.04 (temat 4): dowód, że rzadka uwaga jest uniwersalnym aproksymatorem -- do powtórzenia.")
c("jzielinski", "2024-04-25T15:48:03.126487Z", [("/trunk/czytelnia/lista.md", M)],
  "lista.md: poprawione literówki w nazwiskach, ujednolicone formatowanie (autorzy w nawiasach).")
c("mkowalczyk", "2024-04-29T10:02:58.566038Z", [("/trunk/czytelnia/plan.md", A)],
  "plan.md: harmonogram do końca czerwca; w maju przerwa na majówkę (2.05 brak spotkania).")

out = ['<?xml version="1.0" encoding="UTF-8"?>', "<log>"]
for rev, author, date, paths, msg in reversed(E):
    out += ["<logentry", f'   revision="{rev}">', f"<author>{author}</author>", f"<date>{date}</date>", "<paths>"]
    for p, (action, kind, tm, pm) in paths:
        out += ["<path", f'   prop-mods="{pm}"', f'   text-mods="{tm}"', f'   kind="{kind}"', f'   action="{action}">{esc(p)}</path>']
    out += ["</paths>", f"<msg>{esc(msg)}</msg>", "</logentry>"]
out.append("</log>")
raw = "\n".join(out) + "\n"
write_only(F687, raw, keys(F687), forms=[raw.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")])
