#!/usr/bin/env python3
"""1754: a Turkish PhD student's terminal (pasted): `cat` of her hand-written EDN reading list, then an nbb
(ClojureScript on Node.js) REPL reading it and asking questions, then `wc -c` of the compact copy it wrote. The
REPL's answers are computed from the modelled list: `#'user/name` for def, nil for require and side effects, the
counts, the numbered lines (println's, then nil), the titles with neither url nor arxiv as a printed list, and the
byte count of pr-str (maps as {:k v, :k v} in insertion order, vectors space-separated, nil as nil, strings quoted)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1754)
PS = "elif@masaustu:~/tez/bolum2$ "
K = ["baslik", "url", "arxiv", "yil", "not"]
M = [
 (T("1301.3781"), None, "1301.3781", 2013, "word2vec; skip-gram ve CBOW, 2.1'in başı"),
 (T("1802.05365"), None, None, 2018, "ELMo, NAACL; bağlamsal gömmelerin ilk örneği"),
 (T("1908.10084"), "https://arxiv.org/abs/1908.10084", None, 2019, "cümle gömmeleri, 2.3"),
 (T("1910.13461"), "https://arxiv.org/abs/1910.13461v1", None, 2020, "gürültü giderme ön eğitimi"),
 (T("1910.10683"), "https://arxiv.org/pdf/1910.10683v4", None, 2020, "T5, C4 derlemi; tablo 14"),
 (T("2004.10102"), None, None, 2020, "EMNLP; danışman önerdi, 2.4'te tartışılacak"),
 (T("2008.07905"), None, None, 2021, "ACL; otoregresif olmayan çeviri, yan konu"),
 (T("2011.03459"), "https://arxiv.org/abs/2011.03459", None, 2021, "ICLR; bilgi grafı tarafı"),
 ("Speech and Language Processing (Jurafsky & Martin, 3. baskı taslağı; kitap)", "https://web.stanford.edu/~jurafsky/slp3/", None, 2024, "ders kitabı, bölüm 6 ve 11"),
]


def edn(v):
    if v is None: return "nil"
    if isinstance(v, int): return str(v)
    assert '"' not in v and "\\" not in v
    return '"' + v + '"'


def pr_map(row):
    return "{" + ", ".join(f":{k} {edn(v)}" for k, v in zip(K, row)) + "}"


def build():
    L = [PS + "cat okuma.edn", ";; Tez, Bölüm 2 (Temsil öğrenme) — okuma listesi", ";; url yoksa kütüphaneden basılı/yayınevi sürümü kullanılacak"]
    for i, row in enumerate(M):
        for j, (k, v) in enumerate(zip(K, row)):
            pre = ("[{" if i == 0 else " {") if j == 0 else "  "
            L.append(f"{pre}:{k} {edn(v)}" + ("}" if j == len(K) - 1 else "") + ("]" if j == len(K) - 1 and i == len(M) - 1 else ""))
    L += [PS + "npx nbb"]
    R = []
    R += [("(require '[clojure.edn :as edn] '[\"fs\" :as fs])", ["nil"])]
    R += [('(def makaleler (edn/read-string (str (fs/readFileSync "okuma.edn" "utf8"))))', ["#'user/makaleler"])]
    R += [("(count makaleler)", [str(len(M))])]
    R += [("(count (filter :url makaleler))", [str(sum(1 for r in M if r[1]))])]
    R += [('(doseq [[i m] (map-indexed vector makaleler)] (println (str (inc i) ". " (:baslik m))))', [f"{i + 1}. {r[0]}" for i, r in enumerate(M)] + ["nil"])]
    R += [("(map :baslik (remove #(or (:url %) (:arxiv %)) makaleler))", ["(" + " ".join(edn(r[0]) for r in M if not r[1] and not r[2]) + ")"])]
    R += [('(fs/writeFileSync "okuma-min.edn" (pr-str makaleler))', ["nil"])]
    for src, out in R:
        L += ["user=> " + src] + out
    L += ["user=> "]
    n = len(("[" + " ".join(pr_map(r) for r in M) + "]").encode("utf-8"))
    L += [PS + "wc -c okuma-min.edn", f"{n} okuma-min.edn", PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
