#!/usr/bin/env python3
"""2075: a GenBank flat file (`pKAZI7.gb`, an invented designed-protein construct as exported by a lab's notebook),
Swahili (ASCII) COMMENT and notes: papers as REFERENCE blocks (AUTHORS from the catalogue, TITLE wrapped at 79
columns, JOURNAL with an arXiv link `/abs/` or `/pdf/…v3`, an OpenReview forum link, an id `arXiv:NNNN.NNNNN`, or a
venue only), one arXiv link (`http://`) in the COMMENT, and non-papers (UniProt, HMMER, Biopython, a book, a talk, the
lab's repository). The sequence is a back-translation of an invented protein, computed by the builder; the ORIGIN
block, the length in LOCUS and the /translation agree. LF, ASCII."""
import hashlib, os, sys, textwrap, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only, OR
from make_expected import keys, by_num

F = by_num(2075)
AA = "ACDEFGHIKLMNPQRSTVWY"
CODON = {"A": "gct", "C": "tgc", "D": "gat", "E": "gaa", "F": "ttc", "G": "ggc", "H": "cac", "I": "att", "K": "aaa",
         "L": "ctg", "M": "atg", "N": "aac", "P": "ccg", "Q": "cag", "R": "cgt", "S": "agc", "T": "acc", "V": "gtg",
         "W": "tgg", "Y": "tat"}


def protein(n=103):
    h = b"kazi-maabara pKAZI7 binder"
    out = "M"
    while len(out) < n:
        h = hashlib.sha256(h).digest()
        out += "".join(AA[b % 20] for b in h)
    return out[:n]


def ascii_(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def gb_author(name):
    p = ascii_(name).replace("-", " ").split()
    return p[-1] + "," + "".join(x[0] + "." for x in p[:-1])


def gb_authors(key, n=4):
    a = [gb_author(x) for x in authors(key)]
    if len(a) > n:
        return ", ".join(a[:n]) + " et al."
    return ", ".join(a[:-1]) + " and " + a[-1] if len(a) > 1 else a[0]


def field(tag, text, ind=12):
    tag = tag.ljust(ind)
    lines = textwrap.wrap(text, width=79 - ind, break_long_words=False, break_on_hyphens=False)
    return "\n".join((tag if i == 0 else " " * ind) + l for i, l in enumerate(lines))


def ref(n, key, journal, extra=""):
    head = f"REFERENCE   {n}" + extra
    return "\n".join([head, field("  AUTHORS", gb_authors(key)), field("  TITLE", T(key)), field("  JOURNAL", journal)])


def qual(text):
    if " " not in text:  # a /translation: cut every 58 characters
        return "\n".join(" " * 21 + text[i:i + 58] for i in range(0, len(text), 58))
    return field(" " * 21, text, 21)


P = protein()
DNA = "".join(CODON[a] for a in P) + "taa"
N = len(DNA)
origin = []
for i in range(0, N, 60):
    chunk = DNA[i:i + 60]
    origin.append(f"{i + 1:9d} " + " ".join(chunk[j:j + 10] for j in range(0, len(chunk), 10)))

parts = [
    f"LOCUS       pKAZI7                   {N} bp    DNA     linear   SYN 14-MAR-2024",
    field("DEFINITION", "Synthetic construct pKAZI7 designed binder (kazi7) gene, complete cds."),
    "ACCESSION   pKAZI7",
    "VERSION     pKAZI7.3",
    field("KEYWORDS", "protein language model; de novo design; synthetic construct."),
    "SOURCE      synthetic construct",
    "  ORGANISM  synthetic construct",
    "            other sequences; artificial sequences.",
    "REFERENCE   1  (bases 1 to %d)" % N,
    "  AUTHORS   Mwangi,A.W., Otieno,J.K. and Njeri,F.",
    "  TITLE     Direct Submission",
    field("  JOURNAL", "Submitted (14-MAR-2024) Maabara ya Kazi za Protini, Nairobi, Kenya; "
          "amina.mwangi@kazi-protini.example.co.ke"),
    ref(2, "1508.07909", "Unpublished; https://arxiv.org/abs/1508.07909"),
    ref(3, "1301.3781", "Unpublished; https://arxiv.org/pdf/1301.3781v3"),
    ref(4, "1802.05365", "arXiv:1802.05365 (2018)"),
    ref(5, "2008.07905", "Unpublished; https://openreview.net/forum?id=" + OR("2008.07905")),
    ref(6, "2004.10102", "Proceedings of EMNLP 2020 (2020)"),
    ref(7, "2010.06040", "Unpublished (2020)"),
    ref(8, "2012.08561", "Proceedings of EMNLP 2020 (2020)"),
    field("COMMENT", "Mfuatano huu ulibuniwa na modeli ya lugha ya protini ya maabara "
          "(https://github.com/kazi-protini/kazi-plm); tokeni ni vipande vya BPE kama katika marejeo 2, "
          "na kisimbaji kimefunzwa kwa mtindo wa kusahihisha maandishi yaliyoharibiwa "
          "(http://arxiv.org/abs/1910.13461, " + T("1910.13461") + "). "
          "Data ya mafunzo: UniProt/UniRef50 (toleo 2023_05); utafutaji wa homolojia kwa HMMER 3.4; "
          "faili hii imehifadhiwa kwa Biopython. Kitabu: Durbin et al., Biological Sequence Analysis. "
          "Mhadhara: https://video.kazi-protini.example.co.ke/mhadhara/2024-03"),
    "FEATURES             Location/Qualifiers",
    f"     source          1..{N}",
    qual('/organism="synthetic construct"'),
    qual('/mol_type="other DNA"'),
    f"     CDS             1..{N}",
    qual('/gene="kazi7"'),
    qual('/codon_start=1'),
    qual('/transl_table=11'),
    qual('/note="mfuatano wa protini uliobuniwa, toleo la 3; kodoni za E. coli"'),
    qual(f'/translation="{P}"'),
    "ORIGIN",
    *origin,
    "//",
]
TXT = "\n".join(parts) + "\n"

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
