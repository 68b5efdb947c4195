#!/usr/bin/env python3
"""1530: a Greek NLP lab's Paperless-ngx (2.x) holds the PDFs of its attention seminar; a terminal session fetches the
tag's documents through the REST API the way the web UI does (`truncate_content=true`, so `content` is cut), saves the
body with curl, shows it with cat (Django REST framework's compact JSON, raw UTF-8, no final newline, hence the
`; echo`), then lists ids / titles / file names and the notes with jq. Document and note fields in the API's order;
content is the text layer of each PDF's first page (arXiv's margin stamp first when the file came from arXiv)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import keys, by_num

F = by_num(1530)
PS = "eleni@kt-lab-ws2:~/paperless$ "
HOST = "https://paperless.nlp-lab.example.gr"
QUERY = "/api/documents/?page=1&page_size=25&ordering=-added&truncate_content=true&tags__id__all=14"
USERS = {"eleni": (3, "eleni", "Ελένη", "Παπαδοπούλου"), "nikos": (5, "nikos", "Νίκος", "Καραγιάννης"),
         "dimitra": (7, "dimitra", "Δήμητρα", "Αλεξίου")}
TRUNC = 550


def wrap_title(t, n):
    w, lines, cur = t.split(), [], ""
    for x in w:
        if cur and len(cur) + 1 + len(x) > n: lines.append(cur); cur = x
        else: cur = (cur + " " + x).strip()
    return "\n".join(lines + [cur])


def page(key, stamp=None, header=None, upper=False, affil=""):
    t = wrap_title(T(key), 58)
    if upper: t = t.upper()
    au = CAT[key]["authors"]
    parts = ([stamp] if stamp else []) + ([header] if header else []) + [t, "   ".join(au), affil, "Abstract", CAT[key]["abstract"]]
    return "\n".join(p for p in parts if p)


# (id, title, content, tags, created, added, original file, asn, pages, notes[(user, time, text)]); ids 395 and 394 are not papers
DOCS = [
    (412, T("2205.14135"), page("2205.14135", "arXiv:2205.14135v2  [cs.LG]  23 Jun 2022", affil="Stanford University   University at Buffalo, SUNY"),
     [14, 3], "2022-05-27", "2024-05-21T18:04:11.207561+03:00", "2205.14135v2.pdf", 118, 17,
     [("eleni", "2024-05-21T18:06:40.112030+03:00", "Κύριο κείμενο για την Πέμπτη· ενότητα 3 (tiling) και ο αλγόριθμος 1.")]),
    (409, T("2011.04006"), page("2011.04006", header="Published as a conference paper at ICLR 2021", upper=True, affil="Google Research   Google DeepMind"),
     [14, 3, 9], "2021-01-12", "2024-05-19T11:30:52.940117+03:00", "long_range_arena_a_benchmark_for_efficient_transformers.pdf", 117, 16,
     [("nikos", "2024-05-19T11:32:07.551902+03:00", "Η έκδοση του ICLR από https://openreview.net/forum?id=qVyeW-grC2k — οι πίνακες 1–2 είναι αυτοί που θα συγκρίνουμε.")]),
    (407, T("2006.04768"), page("2006.04768", "arXiv:2006.04768v3  [cs.LG]  14 Jun 2020", affil="Facebook AI, Seattle, WA"),
     [14, 3], "2020-06-08", "2024-05-17T09:12:26.003418+03:00", "2006.04768v3.pdf", None, 12,
     [("dimitra", "2024-05-17T09:14:01.870554+03:00", "Πηγή: https://arxiv.org/abs/2006.04768 · προβολή K,V σε σταθερό μήκος k.")]),
    (406, T("2004.05150"), page("2004.05150", "arXiv:2004.05150v2  [cs.CL]  2 Dec 2020", affil="Allen Institute for Artificial Intelligence, Seattle, WA, USA"),
     [14, 3], "2020-04-10", "2024-05-17T09:10:58.661274+03:00", "longformer.pdf", None, 17,
     [("dimitra", "2024-05-17T09:11:30.208811+03:00", "https://arxiv.org/abs/2004.05150 — sliding window + global attention· να το δοκιμάσουμε στα ελληνικά δικαστικά κείμενα.")]),
    (404, T("2006.03236"), page("2006.03236", "arXiv:2006.03236v1  [cs.LG]  5 Jun 2020", affil="Carnegie Mellon University   Google AI Brain Team"),
     [14], "2020-06-05", "2024-05-16T20:41:05.118364+03:00", "2006.03236v1.pdf", None, 20,
     [("nikos", "2024-05-16T20:42:18.004915+03:00", "Λήψη από https://arxiv.org/pdf/2006.03236v1 · συμπίεση της ακολουθίας ανά στάδιο.")]),
    (401, T("1904.10509"), page("1904.10509", affil="OpenAI"),
     [14], "2019-04-23", "2024-05-15T13:02:44.730086+03:00", "sparse-transformers.pdf", None, 10,
     [("eleni", "2024-05-15T13:03:59.318207+03:00", "Από την ιστοσελίδα της OpenAI (το PDF τους, όχι του arXiv). Παραγοντοποιημένη προσοχή O(n√n).")]),
    (398, T("2103.14636"), page("2103.14636", header="ACM Computing Surveys", affil="Polytechnique Montréal, Canada"),
     [14, 9], "2023-07-13", "2024-05-14T10:22:31.482915+03:00", "csur-fournier-2023.pdf", 112, 40,
     [("nikos", "2024-05-14T10:25:12.640113+03:00", "Επισκόπηση, ως οδηγός για όλο το σεμινάριο· η έκδοση του περιοδικού από τη βιβλιοθήκη του ΕΚΠΑ.")]),
    (396, T("2105.06548"), page("2105.06548", header="Proceedings of the 38th International Conference on Machine Learning, PMLR 139, 2021.", affil="Facebook AI Research"),
     [14], "2021-07-01", "2024-05-14T10:19:08.225740+03:00", "sukhbaatar21a.pdf", None, 11,
     [("dimitra", "2024-05-14T10:20:44.901377+03:00", "Expire-Span· εναλλακτική λύση στη μνήμη, για τη δεύτερη εβδομάδα.")]),
    (395, "Διάλεξη 7 — Μηχανισμοί προσοχής (διαφάνειες)",
     "ΠΜΣ Γλωσσική Τεχνολογία\nΜάθημα: Νευρωνικά Δίκτυα για ΕΦΓ\nΔιάλεξη 7 — Μηχανισμοί προσοχής και αποδοτικοί Transformers\nΔιδάσκων: Ν. Καραγιάννης\nΕαρινό εξάμηνο 2024\nΠεριεχόμενα: scaled dot-product attention, multi-head attention, κόστος O(n²), αραιή προσοχή, γραμμική προσοχή, υλοποίηση με PyTorch (torch.nn.functional.scaled_dot_product_attention)",
     [14, 6], "2024-03-28", "2024-05-13T17:55:20.019954+03:00", "dialexi-07-prosoxi.pdf", None, 48,
     [("nikos", "2024-05-13T17:56:02.334501+03:00", "Διαφάνειες του μαθήματος, όχι άρθρο· video στο https://www.youtube.com/watch?v=hT4bR0sLkVw")]),
    (394, "The Illustrated Transformer (εκτύπωση blog)",
     "Jay Alammar\nVisualizing machine learning one concept at a time.\nThe Illustrated Transformer\nDiscussions: Hacker News (65 points, 4 comments), Reddit r/MachineLearning (29 points, 3 comments)\nTranslations: Arabic, Chinese (Simplified) 1, Chinese (Simplified) 2, French 1, French 2, Italian, Japanese, Korean, Persian, Russian, Spanish 1, Spanish 2, Vietnamese\nWatch: MIT’s Deep Learning State of the Art lecture referencing this post",
     [14, 6], "2018-06-27", "2024-05-13T17:51:47.561204+03:00", "illustrated-transformer.pdf", None, 23,
     [("eleni", "2024-05-13T17:52:30.772940+03:00", "Blog (https://jalammar.github.io/illustrated-transformer/), για τους πρωτοετείς· δεν είναι δημοσίευση.")]),
]


def doc(d):
    (i, title, content, tags, created, added, orig, asn, pages, notes) = d
    key = i not in (394, 395)
    return {"id": i, "correspondent": None, "document_type": 2 if key else 5, "storage_path": 1, "title": title,
            "content": content[:TRUNC], "tags": tags, "created": created + "T00:00:00+03:00", "created_date": created,
            "modified": added, "added": added, "deleted_at": None,
            "archive_serial_number": asn, "original_file_name": orig, "archived_file_name": orig.rsplit(".", 1)[0][:100] + ".pdf",
            "owner": 3, "user_can_change": True, "is_shared_by_requester": False,
            "notes": [{"id": 900 + i * 3 + n, "note": x, "created": t, "user": dict(zip(("id", "username", "first_name", "last_name"), USERS[u]))}
                      for n, (u, t, x) in enumerate(notes)],
            "custom_fields": [], "page_count": pages, "mime_type": "application/pdf"}


def body():
    return {"count": len(DOCS), "next": None, "previous": None, "all": [d[0] for d in DOCS], "results": [doc(d) for d in DOCS]}


def build():
    b = body()
    raw = json.dumps(b, ensure_ascii=False, separators=(",", ":"))
    L = [PS + f"curl -s -H \"Authorization: Token $PAPERLESS_TOKEN\" '{HOST}{QUERY}' -o seminario.json",
         PS + "cat seminario.json; echo", raw,
         PS + "jq -r '.results[] | [.id, .title, .original_file_name] | @tsv' seminario.json"]
    L += [f"{r['id']}\t{r['title']}\t{r['original_file_name']}" for r in b["results"]]
    L += [PS + "jq -r '.results[] | .id as $d | .notes[] | \"\\($d) \\(.user.username): \\(.note)\"' seminario.json"]
    L += [f"{r['id']} {n['user']['username']}: {n['note']}" for r in b["results"] for n in r["notes"]]
    L += [PS]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
