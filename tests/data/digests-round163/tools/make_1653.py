#!/usr/bin/env python3
"""1653: a Swedish reading group's notes repository: `git request-pull -p` output pasted from a terminal (the base
commit and its subject and date, the repository URL and branch, the tip commit, the branch description, the shortlog
grouped by author, the diffstat and the patch). Commit hashes are sha1 stand-ins over the modelled commits; the
shortlog counts, the diffstat (names, counts, +/- bars, the summary line) and the hunk headers are computed from the
modelled files."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1653)
PS = "erik@lappis:~/lasgrupp-nlp$ "
URL = "https://git.sprakteknologi.example.se/lasgrupp/lasgrupp-nlp.git"
BASE = ("Lägg till mall för läsanteckningar", "2024-02-27 10:12:44 +0100")
COMMITS = [  # author, subject, date
    ("Erik Lindqvist", "Läslista v. 10: T5 och BPE", "2024-03-04 09:30:12 +0100"),
    ("Sara Holm", "Anteckningar om Sentence-BERT", "2024-03-05 15:02:51 +0100"),
    ("Erik Lindqvist", "Läslista: fler förslag till v. 11", "2024-03-07 11:44:03 +0100"),
    ("Sara Holm", "Rätta länk och stavning i anteckningarna", "2024-03-08 16:40:02 +0100"),
]
h = lambda s: hashlib.sha1(s.encode()).hexdigest()
CTX_LISTA = ["# Läslista", "", "Vi läser en artikel i veckan, torsdagar 13:15 i rum 7.104.", "", "## Vecka 9", "",
             "- Illustrated Transformer (blogginlägg, Jay Alammar) – uppvärmning"]
ADD_LISTA = ["", "## Vecka 10", "",
             f"- {T('1910.10683')} – https://arxiv.org/abs/1910.10683 (Erik leder)",
             f"- {T('1508.07909')} – https://arxiv.org/pdf/1508.07909v5 (kort, läs avsnitt 3)",
             "", "## Förslag till vecka 11", "",
             f"- {T('1301.3781')} – klassikern, för de nya doktoranderna",
             f"- {T('2010.06040')}",
             f"- {T('2008.07905')} (ACL 2021)",
             f"- {T('2006.03236')} – jämför med ELECTRA-artikeln vi läste i höstas"]
NOTES_NEW = ["# Sentence-BERT", "",
             f"**{T('1908.10084')}**, https://arxiv.org/abs/1908.10084", "",
             "- Siamesiska BERT-nätverk med medelvärdespoolning; cosinuslikhet direkt på meningsvektorerna.",
             "- Jämförelse med InferSent och Universal Sentence Encoder på STS-uppgifterna.",
             f"- Se även {T('2012.08561')} (arXiv:2012.08561) om vi vill prata om förträning av kodaren.",
             "- Biblioteket sentence-transformers används i Saras projekt om svenska myndighetstexter.", "",
             "Frågor till torsdag:", "",
             "1. Hur stor är skillnaden mot att bara ta [CLS]-vektorn?",
             "2. Går det att finjustera på svensk NLI-data (översatt)?"]


def diffstat(files):
    w = max(len(n) for n, a, d in files)
    out = [f" {n.ljust(w)} | {str(a + d).rjust(2)} {'+' * a}{'-' * d}" for n, a, d in files]
    ins, dels = sum(a for _, a, _ in files), sum(d for _, _, d in files)
    s = f" {len(files)} files changed" if len(files) > 1 else " 1 file changed"
    s += f", {ins} insertion{'s' if ins != 1 else ''}(+)" if ins else ""
    s += f", {dels} deletion{'s' if dels != 1 else ''}(-)" if dels else ""
    return out + [s]


def build():
    hashes, parent = [], h("base" + BASE[0])
    base = parent
    for a, s, d in COMMITS:
        parent = h(parent + a + s + d); hashes.append(parent)
    L = [PS + f"git request-pull -p {base[:7]} {URL} lasvecka-10",
         f"The following changes since commit {base}:", "", f"  {BASE[0]} ({BASE[1]})", "",
         "are available in the Git repository at:", "", f"  {URL} lasvecka-10", "",
         f"for you to fetch changes up to {hashes[-1]}:", "", f"  {COMMITS[-1][1]} ({COMMITS[-1][2]})", "",
         "----------------------------------------------------------------",
         "(from the branch description for lasvecka-10 local branch)", "",
         "Läslista för vecka 10 och förslag till vecka 11, plus Saras anteckningar", "om Sentence-BERT. Merga gärna före torsdag.", "",
         "----------------------------------------------------------------"]
    by = {}
    for a, s, d in COMMITS: by.setdefault(a, []).append(s)
    for a in sorted(by):
        L.append(f"{a} ({len(by[a])}):")
        L += [f"      {s}" for s in by[a]]
        L.append("")
    files = [("anteckningar/sentence-bert.md", len(NOTES_NEW), 0), ("lasning.md", len(ADD_LISTA), 0)]
    L += diffstat(files) + [""]
    # patch
    L += ["diff --git a/anteckningar/sentence-bert.md b/anteckningar/sentence-bert.md", "new file mode 100644",
          f"index 0000000..{h('sbert')[:7]}", "--- /dev/null", "+++ b/anteckningar/sentence-bert.md",
          f"@@ -0,0 +1,{len(NOTES_NEW)} @@"] + ["+" + l for l in NOTES_NEW]
    ctx = CTX_LISTA[-3:]
    start = len(CTX_LISTA) - 2
    L += ["diff --git a/lasning.md b/lasning.md", f"index {h('l0')[:7]}..{h('l1')[:7]} 100644", "--- a/lasning.md",
          "+++ b/lasning.md", f"@@ -{start},{len(ctx)} +{start},{len(ctx) + len(ADD_LISTA)} @@ Vi läser en artikel i veckan, torsdagar 13:15 i rum 7.104."]
    L += [" " + l for l in ctx] + ["+" + l for l in ADD_LISTA]
    L.append(PS)
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
