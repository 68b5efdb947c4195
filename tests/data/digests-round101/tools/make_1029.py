#!/usr/bin/env python3
"""1029: a terminal copy of a `cabal repl` session (GHC 9.4.8) in which a Greek PhD student tries the little Haskell
library that holds his reading list on sequence models and memory (`Anagnosi.Library`: `papers :: [Paper]`, `byId`,
`byYear`, `url`, `isOpenReview`). GHCi prints records with the derived Show instance — `Paper {paperId = 1, …}`,
lists without spaces, and strings through showLitString, so the Greek notes come out as decimal escapes (`\\931…`,
`\\&` before a digit) — while `putStrLn` prints them raw; a misspelt name and a failing `byId` give GHC's error and
exception texts. Two papers are reached by their OpenReview forum URLs, one by an arXiv URL, two only as
`ArXiv "…"` ids in shown records, three have no id (title-only). "LSH" and "Transformer-XL" (in the notes) are
nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, LSTM

F = by_num(1029)
K = dict(hyena="2302.10866", reformer="2001.04451", rnn="2006.16236", memformer="2010.06891", ntm="1410.5401",
         lstm=LSTM, lost="2307.03172", norm="2004.10102")
PS = "nikos@thalassa:~/src/anagnosi$ "
ASCII = ["NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "a", "b", "t", "n", "v", "f", "r", "SO", "SI", "DLE", "DC1",
         "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US"]


def hs_str(s):
    """GHC's showLitString inside double quotes"""
    out = []
    for i, c in enumerate(s):
        nxt = s[i + 1] if i + 1 < len(s) else ""
        o = ord(c)
        if o > 127:
            out.append("\\" + str(o) + ("\\&" if nxt.isdigit() and nxt.isascii() else ""))
        elif o == 127: out.append("\\DEL")
        elif c == "\\": out.append("\\\\")
        elif c == '"': out.append('\\"')
        elif o >= 32: out.append(c)
        elif ASCII[o] == "SO": out.append("\\SO" + ("\\&" if nxt == "H" else ""))
        else: out.append("\\" + ASCII[o])
    return '"' + "".join(out) + '"'


def src(s):
    return s if s == "NoLink" else s[0] + " " + hs_str(s[1])


def show(p):
    return ("Paper {paperId = %d, title = %s, source = %s, year = %d, tags = [%s], note = %s}"
            % (p["id"], hs_str(p["title"]), src(p["source"]), p["year"], ",".join(hs_str(t) for t in p["tags"]), hs_str(p["note"])))


P = [
    dict(id=1, title=T(K["hyena"]), source=("ArXiv", K["hyena"]), year=2023, tags=["long-context", "convolution"],
         note="Μακριές συνελίξεις με πύλες αντί για προσοχή· φτάνει τα 64k tokens. Ξαναδιάβασε την §3.2 πριν από τη συνάντηση της 12ης Μαρτίου."),
    dict(id=2, title=T(K["reformer"]), source=("OpenReview", "rkgNKkHtvB"), year=2020, tags=["efficient-attention", "lsh"],
         note="LSH προσοχή και αναστρέψιμα στρώματα. Το σχόλιο του κριτή 2 για τη μνήμη αξίζει."),
    dict(id=3, title=T(K["rnn"]), source=("ArXiv", K["rnn"]), year=2020, tags=["linear-attention"],
         note="Γραμμική προσοχή = RNN κατά την αυτοπαλινδρόμηση. Για το κεφάλαιο 2 της διατριβής."),
    dict(id=4, title=T(K["memformer"]), source=("OpenReview", "_adSMszz_g9"), year=2020, tags=["memory"],
         note="Εξωτερική μνήμη σταθερού μεγέθους· σύγκρινε με Transformer-XL."),
    dict(id=5, title=T(K["ntm"]), source=("ArXiv", K["ntm"]), year=2014, tags=["memory", "classic"],
         note="Το κλασικό: ελεγκτής + διευθυνσιοδοτούμενη μνήμη. Οι εργασίες αντιγραφής/ταξινόμησης είναι καλές για πείραμα στο μάθημα."),
    dict(id=6, title=T(K["lstm"]), source=("Venue", "Neural Computation 9(8)"), year=1997, tags=["classic", "rnn"],
         note="Βάση σύγκρισης. Δεν υπάρχει στο arXiv· το PDF είναι στον κοινόχρηστο φάκελο."),
    dict(id=7, title=T(K["lost"]), source="NoLink", year=2023, tags=["long-context", "evaluation"],
         note="Η ακρίβεια πέφτει όταν η σχετική πληροφορία είναι στη μέση του κειμένου. Βρες το id."),
    dict(id=8, title=T(K["norm"]), source=("Venue", "EMNLP 2020"), year=2020, tags=["analysis"],
         note="Τα βάρη προσοχής δεν αρκούν· μέτρα με νόρμες διανυσμάτων. Πρόταση της Ελένης για το σεμινάριο."),
]
by = {p["id"]: p for p in P}


def url(p):
    s = p["source"]
    if s != "NoLink" and s[0] == "ArXiv": return "https://arxiv.org/abs/" + s[1]
    if s != "NoLink" and s[0] == "OpenReview": return "https://openreview.net/forum?id=" + s[1]
    return None


def maybe(u):
    return "Nothing" if u is None else "Just " + hs_str(u)


out = [PS + "cabal repl",
       "Build profile: -w ghc-9.4.8 -O1",
       "In order, the following will be built (use -v for more details):",
       " - anagnosi-0.1.0.0 (lib) (ephemeral targets)",
       "Preprocessing library for anagnosi-0.1.0.0..",
       "GHCi, version 9.4.8: https://www.haskell.org/ghc/  :? for help",
       "[1 of 2] Compiling Anagnosi.Types   ( src/Anagnosi/Types.hs, interpreted )",
       "[2 of 2] Compiling Anagnosi.Library ( src/Anagnosi/Library.hs, interpreted )",
       "Ok, two modules loaded."]
n_in = [0]


def ghci(inp, *res):
    n_in[0] += 1
    out.append("ghci> " + inp)
    out.extend(res)


ghci(":t papers", "papers :: [Paper]")
ghci("length papers", str(len(P)))
ghci("mapM_ (putStrLn . title) papers", *[p["title"] for p in P])
ghci("papers !! 0", show(P[0]))
ghci("putStrLn (note (papers !! 0))", P[0]["note"])
ghci("map url (filter isOpenReview papers)",
     "[" + ",".join(maybe(url(p)) for p in P if p["source"] != "NoLink" and p["source"][0] == "OpenReview") + "]")
n = n_in[0] + 1
ghci("byYaer 2020", f"<interactive>:{n}:1: error:", "    • Variable not in scope: byYaer :: t0 -> t",
     "    • Perhaps you meant ‘byYear’ (imported from Anagnosi.Library)")
ghci("mapM_ print (byYear 2020)", *[show(p) for p in P if p["year"] == 2020])
ghci("url (byId 1)", maybe(url(by[1])))
ghci("byId 9", "*** Exception: byId: no paper 9", "CallStack (from HasCallStack):",
     "  error, called at src/Anagnosi/Library.hs:38:17 in anagnosi-0.1.0.0-inplace:Anagnosi.Library")
ghci("byId 5", show(by[5]))
ghci("putStrLn (note (byId 5))", by[5]["note"])
ghci("filter ((== NoLink) . source) papers", "[" + ",".join(show(p) for p in P if p["source"] == "NoLink") + "]")
ghci("tags (byId 6)", "[" + ",".join(hs_str(t) for t in by[6]["tags"]) + "]")
ghci(":q", "Leaving GHCi.")
out.append(PS)
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
