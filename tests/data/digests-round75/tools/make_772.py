#!/usr/bin/env python3
"""772: debian/changelog of an in-house Debian package (python-attnkern) of a German lab: entries newest first,
'source (version) distribution; urgency=medium', a blank line, '  * ' items (continuation lines indented by 4,
'    - ' sub-items, '  [ Name ]' blocks for co-maintainers), a blank line, ' -- Name <mail>  Day, DD Mon YYYY
HH:MM:SS +ZZZZ' (two spaces before the date, as `date -R`), a blank line between entries; lines within 80 columns;
the top entry UNRELEASED (dch -i), the first one dh_make's untouched 'Initial release. (Closes: #nnnn)  <nnnn is the
bug number of your ITP>'. German; attention kernels and memory-augmented models."""
import datetime, os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import by_num, keys

F = by_num(772)
A = lambda k: f"https://arxiv.org/abs/{k}"
ORF = lambda k: f"https://openreview.net/forum?id={OR(k)}"
JB = "Jonas Bergmann <jonas.bergmann@ml-lab.example.de>"
MK = "Miriam Kästner <m.kaestner@ml-lab.example.de>"


def item(s, lvl=0):
    first, rest = ("  * ", "    ") if lvl == 0 else ("    - ", "      ")
    return textwrap.fill(s.replace("et al..", "et al."), 79, initial_indent=first, subsequent_indent=rest, break_long_words=False, break_on_hyphens=False) + "\n"


def entry(ver, dist, items, who, when):
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S %z")
    return (f"python-attnkern ({ver}) {dist}; urgency=medium\n\n" + "".join(items) +
            f"\n -- {who}  {d.strftime('%a, %d %b %Y %H:%M:%S %z')}\n")


E = [
 entry("0.9.2-1", "UNRELEASED", [
  item("Neue Upstream-Version 0.9.2."),
  item(f"Neues Backend ‚fa2‘ nach {T('2307.08691')} ({au('2307.08691')}, {A('2307.08691')}); wird nur gebaut, "
       "wenn nvcc ≥ 12.1 gefunden wird.", 1),
  item("Kernel-Auswahl zur Laufzeit über ATTNKERN_BACKEND (fa2|triton|ref).", 1),
  item("debian/control: Build-Depends auf nvidia-cuda-toolkit (>= 12.1) angehoben; python3-triton als Recommends."),
  item("debian/rules: Tests mit --skip-gpu, wenn kein Gerät sichtbar ist (Buildd ohne GPU)."),
 ], JB, "2024-03-05 17:22:41 +0100"),
 entry("0.9.1-2", "lab-bookworm", [
  "  [ Miriam Kästner ]\n",
  item("debian/patches/0003-fix-atol-a100.patch: Toleranzen der Referenztests für bf16 auf A100 gelockert."),
  item("debian/tests/control: autopkgtest läuft jetzt mit python3-pytest-xdist."),
  "\n  [ Jonas Bergmann ]\n",
  item("Upload ins Lab-Repository (aptly, Distribution lab-bookworm)."),
 ], JB, "2024-02-20 09:41:07 +0100"),
 entry("0.9.0-2", "lab-bookworm", [
  item("debian/patches/0001-no-network-in-tests.patch: Tests laden keine Gewichte mehr vom Hugging Face Hub; Fixtures liegen jetzt unter tests/data."),
  item("debian/python3-attnkern.lintian-overrides: veraltete Tags entfernt."),
  item("Beispiele nach /usr/share/doc/python3-attnkern-examples/examples verschoben."),
 ], MK, "2024-01-30 13:12:05 +0100"),
 entry("0.9.1-1", "lab-bookworm", [
  item("Neue Upstream-Version 0.9.1."),
  item(f"Lineare Attention nach {T('2006.16236')} von {au('2006.16236', 3)}; Paper: {A('2006.16236')}. "
       "Kausale Variante mit kumulativen Summen, Speicher O(N).", 1),
  item(f"Gated Attention Unit (experimentell, Modul attnkern.gau) nach {T('2202.10447')}, {au('2202.10447', 4)}, "
       "arXiv:2202.10447. Noch ohne fusionierten Kernel.", 1),
  item("debian/copyright: Jahr aktualisiert, Upstream-Contact ergänzt."),
  item("Standards-Version auf 4.6.2 angehoben (keine Änderungen nötig)."),
 ], JB, "2024-02-12 16:03:55 +0100"),
 entry("0.9.0-1", "lab-bookworm", [
  item("Neue Upstream-Version 0.9.0: Speicher-Module (attnkern.memory)."),
  item(f"Segment-Gedächtnis nach {T('2010.06891')} ({au('2010.06891', 3)}); Diskussion und Reviews unter "
       f"{ORF('2010.06891')}.", 1),
  item(f"Beispiel examples/ntm_copy.py (Kopieraufgabe) nach {T('1410.5401')}, {au('1410.5401')}. Nur als "
       "Lehrbeispiel, nicht optimiert.", 1),
  item("Neues Binärpaket python3-attnkern-examples (Architecture: all)."),
  item("lintian-Override für das Beispiel-Notebook (package-contains-documentation-outside-usr-share-doc) hinzugefügt."),
 ], MK, "2024-01-23 11:18:30 +0100"),
 entry("0.8.0-1", "lab-bookworm", [
  item("Neue Upstream-Version 0.8.0."),
  item(f"LSH-Attention nach {T('2001.04451')} ({au('2001.04451')}), OpenReview: {ORF('2001.04451')}; "
       "reversible Schichten folgen später.", 1),
  item(f"Kurz-/Langstrecken-Attention nach {T('2004.11886')} ({au('2004.11886', 3)}), als Referenzimplementierung "
       "in reinem PyTorch.", 1),
  item(f"Lange Faltungen (attnkern.longconv, experimentell) nach {T('2302.10866')}, {au('2302.10866', 3)}. "
       "FFT-Kernel aus dem Upstream-Zweig ‚longconv‘ übernommen.", 1),
  item("debian/watch: auf das interne GitLab umgestellt (Tags vX.Y.Z)."),
 ], JB, "2023-11-30 14:55:12 +0100"),
 entry("0.8.0~rc1-1", "experimental", [
  item("Vorabversion 0.8.0~rc1 für die Tests auf dem neuen H100-Knoten (gpu07)."),
  item("debian/gbp.conf: upstream-tag = v%(version%~%-)s."),
  item("Bekannte Probleme: die Triton-Kernel schlagen bei Sequenzlängen > 32k fehl; siehe internes Ticket ML-INFRA-412."),
  item("debian/control: Maintainer auf die Team-Adresse umgestellt, Uploaders ergänzt; Vcs-Git und Vcs-Browser zeigen auf das interne GitLab (git.ml-lab.example.de/infra/attnkern)."),
 ], JB, "2023-11-14 17:49:58 +0100"),
 entry("0.7.1-1", "lab-bookworm", [
  item("Neue Upstream-Version 0.7.1 (nur Fehlerbehebungen)."),
  item("Build mit setuptools statt distutils (Python 3.11)."),
 ], JB, "2023-10-09 10:02:44 +0200"),
 entry("0.7.0-1", "UNRELEASED", [
  item("Initial release. (Closes: #nnnn)  <nnnn is the bug number of your ITP>"),
 ], JB, "2023-09-18 15:31:09 +0200"),
]
E.sort(key=lambda e: datetime.datetime.strptime(e.rstrip().rsplit("  ", 1)[1], "%a, %d %b %Y %H:%M:%S %z"), reverse=True)
text = "\n".join(E)
write_only(F, text, keys(F))
