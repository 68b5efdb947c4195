#!/usr/bin/env python3
"""1309: h5dump output (Greek): an Athens-like NLP lab keeps its reading group's paper list next to the sentence
embeddings of the titles in `anagnoseis.h5` (a compound dataset /papers: key, title, url, arxiv, note, session; a float
dataset /embeddings); Eleni printed it for the group's wiki with `h5ls -r`, `h5dump -w 0 -d /papers` (no line
wrapping) and `h5dump -H -d /embeddings`. h5dump's layout as remembered: `HDF5 "file" {`, DATASET / DATATYPE /
DATASPACE blocks, compound members as `H5T_STRING { … } "name";`, `DATA {` with `(i): {` elements whose members are
indented nine spaces, attributes after the data; strings in double quotes with the bytes of non-ASCII characters
written as three-digit octal escapes (the Greek notes come out as `\\316\\261…`). The tokenizers library and a course
page are not papers; word2vec, T5, BPE, GLAT, SBERT, ELECTRIC and Funnel are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1309, keys


def h5s(s):
    out = []
    for ch in s:
        if ch == '"': out.append('\\"')
        elif ch == "\\": out.append("\\\\")
        elif ch.isascii() and ch.isprintable(): out.append(ch)
        else: out.extend("\\%03o" % b for b in ch.encode("utf-8"))
    return '"' + "".join(out) + '"'


ROWS = [
 ("w2v", T("1301.3781"), "https://arxiv.org/abs/1301.3781", "1301.3781", "Κλασικό: word2vec, CBOW και skip-gram.", 1),
 ("bpe", T("1508.07909"), "https://arxiv.org/pdf/1508.07909", "1508.07909", "Υπολεξικά τμήματα (BPE) — βάση για τους tokenizers.", 1),
 ("t5", T("1910.10683"), "https://arxiv.org/abs/1910.10683", "1910.10683", "T5: όλα ως κείμενο-σε-κείμενο.", 2),
 ("sbert", T("1908.10084"), "https://www.sbert.net/", "1908.10084", "Με αυτό φτιάξαμε τα embeddings του αρχείου.", 2),
 ("glat", T("2008.07905"), f"https://openreview.net/forum?id={OR('2008.07905')}", "", "GLAT, μη αυτοπαλίνδρομη μετάφραση — η έκδοση του OpenReview.", 3),
 ("electric", T("2012.08561"), "", "", "ELECTRIC· δεν βρήκαμε ακόμα σύνδεσμο.", 3),
 ("fmlm", T("2010.06040"), "", "", "Προτάθηκε από τον Νίκο· χωρίς σύνδεσμο.", 4),
 ("funnel", T("2006.03236"), "", "", "Funnel-Transformer· για την 4η συνάντηση.", 4),
 ("tokenizers", "huggingface/tokenizers (βιβλιοθήκη, όχι άρθρο)", "https://github.com/huggingface/tokenizers", "", "Για την πρακτική άσκηση.", 0),
 ("dialexi7", "Διάλεξη 7: Προεκπαίδευση γλωσσικών μοντέλων (διαφάνειες)", "https://nlp.example.gr/mathima/dialexi-7", "", "Μάθημα, όχι άρθρο.", 0),
]
STR = ["      H5T_STRING {", "         STRSIZE H5T_VARIABLE;", "         STRPAD H5T_STR_NULLTERM;", "         CSET H5T_CSET_UTF8;", "         CTYPE H5T_C_S1;"]
P = "eleni@glossa-lab:~/anagnoseis$ "
out = [P + "h5ls -r anagnoseis.h5"]
for name, kind in (("/", "Group"), ("/embeddings", "Dataset {10, 384}"), ("/papers", "Dataset {10}")):
    out.append(name.ljust(24) + " " + kind)
out += [P + "h5dump -w 0 -d /papers anagnoseis.h5", 'HDF5 "anagnoseis.h5" {', 'DATASET "/papers" {', "   DATATYPE  H5T_COMPOUND {"]
for m in ("key", "title", "url", "arxiv", "note"):
    out += STR + [f'      }} "{m}";']
out += ['      H5T_STD_I32LE "session";', "   }", f"   DATASPACE  SIMPLE {{ ( {len(ROWS)} ) / ( {len(ROWS)} ) }}", "   DATA {"]
for i, r in enumerate(ROWS):
    out.append(f"   ({i}): {{")
    vals = [h5s(v) for v in r[:5]] + [str(r[5])]
    out += ["         " + v + ("," if j < len(vals) - 1 else "") for j, v in enumerate(vals)]
    out.append("      }" + ("," if i < len(ROWS) - 1 else ""))
out.append("   }")


def attr(name, value):
    return [f'   ATTRIBUTE "{name}" {{', "      DATATYPE  H5T_STRING {"] + STR[1:] + ["      }", "      DATASPACE  SCALAR", "      DATA {", f"      (0): {h5s(value)}", "      }", "   }"]


out += attr("created_by", "Ελένη Παπαδοπούλου <eleni@glossa-lab.example.gr>")
out += attr("description", "Λίστα ανάγνωσης της ομάδας ΕΓΓ, εαρινό εξάμηνο 2024")
out += ["}", "}"]
out += [P + "# τα ελληνικά των σημειώσεων βγαίνουν ως οκταδικά (\\316\\261…)· το h5dump δεν τα τυπώνει ωμά",
        P + "h5dump -H -d /embeddings anagnoseis.h5", 'HDF5 "anagnoseis.h5" {', 'DATASET "/embeddings" {', "   DATATYPE  H5T_IEEE_F32LE",
        "   DATASPACE  SIMPLE { ( 10, 384 ) / ( 10, 384 ) }"]
out += attr("model", "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2")
out += ["}", "}", P]
text = "\n".join(out) + "\n"
forms = ["\n".join(str(v) for r in ROWS for v in r)]
write_only(F1309, text, keys(F1309), forms)
