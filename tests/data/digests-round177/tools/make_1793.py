#!/usr/bin/env python3
"""1793: a Turkish PhD student's Gorilla REPL worksheet (`okuma-listesi.clj`, the notebook's own file format 1):
`;; gorilla-repl.fileformat = 1`, then segments set off by blank lines: markdown segments between `;; **` lines (each
line `;;; `-prefixed), code segments between `;; @@` lines, each evaluated one followed by its console output
(`;; ->` … `;; <-`, printed lines `;;; `-prefixed, the last newline giving a bare `;;; `) and its value (`;; =>`, one
`;;; ` line of the renderer's JSON, `;; <=`). The reading list is a Clojure vector of maps; the rendered values are
computed here with Clojure's printing rules: `#'ns/var` for a def, a long for count, frequencies as an array map in
first-seen order ({:a 1, :b 2}), a lazy seq of strings, nil after doseq; each as Gorilla's renderer writes it (html
spans with clj-* classes, the printed text HTML-escaped, list-like open/close/separator/items, `value` the printed
form)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1793)
NS = "quiet-harbor"
K = [":baslik", ":baglanti", ":konu", ":durum", ":not"]
M = [
 (T("2010.01412"), "https://arxiv.org/abs/2010.01412", ":optimizasyon", ":okundu", "ICLR 2021; düz minimumlar, 3. bölümün temeli"),
 (T("2006.14536"), None, ":saglamlik", ":okundu", "arXiv: 2006.14536; ReLU yerine yumuşak aktivasyonlar"),
 (T("2006.05929"), "https://arxiv.org/pdf/2006.05929.pdf", ":veri", ":okunuyor", "gradyan eşleştirme ile küçük sentetik veri kümesi"),
 (T("2101.08809"), "https://arxiv.org/abs/2101.08809", ":automl", ":okunuyor", "arama uzayını kod olarak yazmak; deney altyapısı için"),
 (T("2108.04392"), None, ":automl", ":okunacak", "ICLR 2021; DARTS'ın seçim kuralını sorguluyor"),
 (T("2103.14339"), None, ":automl", ":okunacak", "tıbbi görüntü etiketleme, meta-öğrenme + RL; hastane projesi"),
 (T("2207.05221"), "https://arxiv.org/abs/2207.05221v4", ":degerlendirme", ":okundu", "kalibrasyon ve P(True) deneyleri"),
 (T("2206.07682"), None, ":degerlendirme", ":okunacak", "TMLR 2022; jüri üyesi özellikle sordu"),
 ("Optuna belgeleri (makale değil)", "https://optuna.readthedocs.io/", ":automl", ":okundu", "TPE örnekleyicisi bölümü"),
 ("AutoML kitabı: Hutter, Kotthoff, Vanschoren (Springer, 2019)", "https://www.automl.org/book/", ":automl", ":okunuyor", "kitap; 1. ve 3. bölümler"),
]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#x27;")


def pr(v):
    """Clojure's pr-str for the values used here"""
    if v is None: return "nil"
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, int): return str(v)
    if isinstance(v, str) and v.startswith(":"): return v
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def html(v, cls):
    return {"type": "html", "content": f"<span class='{cls}'>{esc(pr(v) if cls != 'clj-var' else v)}</span>", "value": pr(v) if cls != "clj-var" else v}


def scalar(v):
    cls = "clj-nil" if v is None else "clj-long" if isinstance(v, int) else "clj-keyword" if v.startswith(":") else "clj-string"
    return html(v, cls)


def list_like(items, open_, close, sep, cls, value):
    o = f"<span class='{cls}'>{open_}</span>" if cls else ""
    c = f"<span class='{cls}'>{close}</span>" if cls else ""
    return {"type": "list-like", "open": o, "close": c, "separator": sep, "items": items, "value": value}


def amap(pairs):
    entries = [list_like([scalar(k), scalar(v)], "", "", " ", None, f"[{pr(k)} {pr(v)}]") for k, v in pairs]
    return list_like(entries, "{", "}", ", ", "clj-map", "{" + ", ".join(f"{pr(k)} {pr(v)}" for k, v in pairs) + "}")


def lazy(vals):
    return list_like([scalar(v) for v in vals], "(", ")", " ", "clj-lazy-seq", "(" + " ".join(pr(v) for v in vals) + ")")


def js(v):
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


def md(lines):
    return [";; **"] + [";;; " + l for l in lines] + [";; **"]


def code(src, value=None, console=None):
    L = [";; @@"] + src + [";; @@"]
    if console is not None: L += [";; ->"] + [";;; " + l for l in console + [""]] + [";; <-"]
    if value is not None: L += [";; =>", ";;; " + js(value), ";; <="]
    return L


def data_src():
    L = ["(def makaleler"]
    for i, m in enumerate(M):
        for j, (k, v) in enumerate(zip(K, m)):
            pre = ("  [{" if i == 0 else "   {") if j == 0 else "    "
            post = ("}]" if i == len(M) - 1 else "}") + (")" if i == len(M) - 1 else "") if j == len(K) - 1 else ""
            L.append(f"{pre}{k} {pr(v)}{post}")
    return L


def build():
    freq = {}
    for m in M: freq[m[3]] = freq.get(m[3], 0) + 1
    segs = [
     md(["# Tez okuma listesi: optimizasyon, sağlamlık ve AutoML", "",
         "Tez izleme komitesi toplantısı (Mart) için hazırladığım liste. Her makale bir harita: başlık, bağlantı",
         "(yoksa `nil`), konu, durum (`:okundu`, `:okunuyor`, `:okunacak`) ve kısa bir not. Belgeler ve kitaplar da",
         "listede duruyor ama makale değiller.", ""]),
     code([f"(ns {NS}", "  (:require [gorilla-plot.core :as plot]", "            [clojure.string :as str]))"], scalar(None)),
     code(data_src(), html(f"#'{NS}/makaleler", "clj-var")),
     code(["(count makaleler)"], scalar(len(M))),
     code(["(frequencies (map :durum makaleler))"], amap(list(freq.items()))),
     code(["(->> makaleler", "     (filter #(= :okundu (:durum %)))", "     (map :baslik))"], lazy([m[0] for m in M if m[3] == ":okundu"])),
     code(["(doseq [m makaleler :when (nil? (:baglanti m))]", "  (println (:baslik m)))"], scalar(None), [m[0] for m in M if m[1] is None]),
     md(["## Komite için notlar", "",
         "- Bağlantısı olmayanlar: DARTS seçim kuralı, MedSelect ve ortaya çıkan yetenekler makalesi; PDF'leri",
         "  kütüphaneden bulacağım. Düzgün aktivasyonlu çekişmeli eğitim makalesinin yalnızca arXiv numarası var.",
         "- SAM ve kalibrasyon makalesi 3. bölümün omurgası; PyGlove deney altyapısı için.", ""]),
     code([""]),
    ]
    L = [";; gorilla-repl.fileformat = 1", ""]
    for s in segs: L += s + [""]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
