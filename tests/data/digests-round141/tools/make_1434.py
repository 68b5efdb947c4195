#!/usr/bin/env python3
"""1434: Zotero 7's debug output as copied from Help → Debug Output Logging → View Output (Arabic locale and library
names): the system-information line (`version => …, platform => …, locale => ar, …`), a blank line, then one line per
message `(level)(+milliseconds since the previous message, seven digits): text`: Connector server requests
(`/connector/ping`, `getSelectedCollection`, `saveItems` with the posted JSON at level 5, `attachmentProgress`),
transactions, Notifier triggers with item ids and keys, attachment downloads and the stored file paths, a 403 from a
publisher page, and the SQL (with bound parameters in brackets) of a manual edit of an item's Extra field. Item ids
increase, keys are eight characters of Zotero's alphabet, all invented. Not papers: a GitHub repository, a YouTube
lecture, a blog post, ScienceDirect. Nicknames: BYOL (in a blog title), ResNeSt (written with its full title)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, write_only
from make_expected import F1434, keys

KEYS_ALPHA = "23456789ABCDEFGHIJKLMNPQRSTUVWXYZ"
import hashlib
zkey = lambda s: "".join(KEYS_ALPHA[b % len(KEYS_ALPHA)] for b in hashlib.sha1(s.encode()).digest()[:8])
COLL = "القراءة — التعلّم الذاتي"
lines = ["version => 7.0.7, platform => Win64, oscpu => Windows NT 10.0; Win64; x64, locale => ar, appName => Zotero, "
         "appVersion => 7.0.7, extensions => Zotero LibreOffice Integration (7.0.3, extension), Zotero Word for Windows "
         "Integration (7.0.3, extension), Better Notes for Zotero (1.1.4-20, extension)", ""]
step = [0]


def m(level, ms, text):
    lines.append(f"({level})(+{ms:07d}): {text}")


def creators(k, n=3):
    out = []
    for a in CAT[k]["authors"][:n]:
        p = a.split()
        out.append({"firstName": " ".join(p[:-1]), "lastName": p[-1], "creatorType": "author"})
    return out


item_id = [1284]


first = [True]


def save(ms, uri, item, pdf=None, fname=None, session=""):
    m(3, ms, "Connector Server: Handling request /connector/getSelectedCollection")
    if first[0]:
        first[0] = False
        m(5, 3, json.dumps({"libraryID": 1, "libraryName": "مكتبتي", "libraryEditable": True, "filesEditable": True,
                            "editable": True, "id": "C7", "name": COLL,
                            "targets": [{"id": "L1", "name": "مكتبتي", "filesEditable": True, "level": 0},
                                        {"id": "C3", "name": "الأطروحة", "filesEditable": True, "level": 1},
                                        {"id": "C7", "name": COLL, "filesEditable": True, "level": 1}]},
                           ensure_ascii=False, separators=(",", ":")))
    m(3, 41, "Connector Server: Handling request /connector/saveItems")
    body = {"items": [item], "uri": uri, "sessionID": session}
    m(5, 1, json.dumps(body, ensure_ascii=False, separators=(",", ":")))
    m(4, 18, "Beginning transaction")
    item_id[0] += 1; iid = item_id[0]; key = zkey(item["title"])
    m(4, 6, f"Saving data for new item {iid} to database")
    m(4, 3, "Committed transaction")
    m(3, 2, f"Notifier.trigger('add', 'item', [{iid}], {{\"{iid}\":{{\"libraryID\":1,\"key\":\"{key}\"}}}}) called [observers: 14]")
    m(3, 1, f"Notifier.trigger('add', 'collection-item', ['7-{iid}'], {{}}) called [observers: 3]")
    if pdf:
        m(3, 37, f"Downloading attachment from {pdf}")
        item_id[0] += 1; akey = zkey(pdf)
        m(3, 1184, f"Saved file to C:\\Users\\nour\\Zotero\\storage\\{akey}\\{fname}")
        m(3, 4, f"Notifier.trigger('add', 'item', [{item_id[0]}], {{\"{item_id[0]}\":{{\"libraryID\":1,\"key\":\"{akey}\"}}}}) called [observers: 14]")
        m(3, 9, "Connector Server: Handling request /connector/attachmentProgress")
    return iid


def it(itype, k, url, extra=None, **kw):
    d = {"itemType": itype, "title": T(k), "creators": creators(k), "date": kw.pop("date", CAT[k].get("published") or ""),
         "url": url, "libraryCatalog": kw.pop("catalog"), "accessDate": kw.pop("access")}
    if extra: d["extra"] = extra
    d.update(kw)
    d["tags"] = [{"tag": "للقراءة"}]
    return d


m(3, 0, "Debug output logging enabled")
m(3, 21807, "Connector Server: Handling request /connector/ping")
save(66, "https://arxiv.org/abs/2004.11362",
     it("preprint", "2004.11362", "http://arxiv.org/abs/2004.11362", "arXiv:2004.11362 [cs, stat]", catalog="arXiv.org",
        access="2024-05-12T09:14:03Z", repository="arXiv", archiveID="arXiv:2004.11362"),
     "https://arxiv.org/pdf/2004.11362v5", "Khosla et al. - 2021 - Supervised Contrastive Learning.pdf", "5b0c1e4a-77d2-4a7f-9a51-0d2c3e8f1a62")
save(48211, f"https://openreview.net/forum?id={OR('2011.06182')}",
     it("conferencePaper", "2011.06182", f"https://openreview.net/forum?id={OR('2011.06182')}", catalog="OpenReview",
        access="2024-05-12T09:15:50Z", date="2020-09-28", proceedingsTitle="ICLR 2021 Conference Submission"),
     None, None, "c7e4d0a2-1f39-4d6b-8c2e-94a1b7f3e5d8")
save(30544, "https://arxiv.org/abs/2103.03230",
     it("preprint", "2103.03230", "http://arxiv.org/abs/2103.03230", "arXiv:2103.03230 [cs, q-bio]", catalog="arXiv.org",
        access="2024-05-12T09:16:21Z", repository="arXiv", archiveID="arXiv:2103.03230"),
     "https://arxiv.org/pdf/2103.03230v3", "Zbontar et al. - 2021 - Barlow Twins Self-Supervised Learning via Redundancy Reduction.pdf",
     "0e93b6d1-5a2c-4f80-b7e4-6c1d9a3f2b70")
m(3, 19620, "Connector Server: Handling request /connector/saveItems")
m(5, 1, json.dumps({"items": [{"itemType": "computerProgram", "title": "barlowtwins", "creators": [],
                               "abstractNote": "PyTorch implementation of Barlow Twins.", "url": "https://github.com/facebookresearch/barlowtwins",
                               "libraryCatalog": "GitHub", "accessDate": "2024-05-12T09:16:41Z", "programmingLanguage": "Python",
                               "company": "Meta Research"}], "uri": "https://github.com/facebookresearch/barlowtwins",
                    "sessionID": "3aa0c9e1-08b4-4b8f-a3c7-52e6f1d09b44"}, ensure_ascii=False, separators=(",", ":")))
m(3, 22, "Saving item to collection 7")
item_id[0] += 1
m(3, 2, f"Notifier.trigger('add', 'item', [{item_id[0]}], {{\"{item_id[0]}\":{{\"libraryID\":1,\"key\":\"{zkey('barlowtwins')}\"}}}}) called [observers: 14]")
m(3, 61204, "Connector Server: Handling request /connector/saveSnapshot")
m(1, 912, "HTTP GET https://www.sciencedirect.com/science/article/pii/S0031320323004478 failed with status code 403")
m(3, 1, "Connector Server: Returning 500 for /connector/saveSnapshot")
save(40318, "https://arxiv.org/pdf/2006.07733.pdf",
     it("preprint", "2006.07733", "http://arxiv.org/abs/2006.07733", "arXiv:2006.07733 [cs, stat]", catalog="arXiv.org",
        access="2024-05-12T09:19:04Z", repository="arXiv", archiveID="arXiv:2006.07733"),
     "https://arxiv.org/pdf/2006.07733.pdf", "Grill et al. - 2020 - Bootstrap your own latent A new approach to self-supervised Learning.pdf",
     "9d2f7b10-6e4a-4c13-8a0f-e51c2b7d4a96")
save(88120, "https://proceedings.neurips.cc/paper/2020/hash/27e9b1c3f0d44a6b8a5e7d2c9f61b0aa-Abstract.html",
     it("conferencePaper", "2006.06882", "https://proceedings.neurips.cc/paper/2020/hash/27e9b1c3f0d44a6b8a5e7d2c9f61b0aa-Abstract.html",
        catalog="Neural Information Processing Systems", access="2024-05-12T09:20:32Z", date="2020",
        proceedingsTitle="Advances in Neural Information Processing Systems", volume="33", pages="3833–3845"),
     "https://proceedings.neurips.cc/paper/2020/file/27e9b1c3f0d44a6b8a5e7d2c9f61b0aa-Paper.pdf",
     "Zoph et al. - 2020 - Rethinking Pre-training and Self-training.pdf", "d41c8e27-3b90-4f5a-9c6e-18a7f2b0c3e1")
save(51077, "https://openaccess.thecvf.com/content/CVPR2022W/ECV/html/Zhang_ResNeSt_Split-Attention_Networks_CVPRW_2022_paper.html",
     it("conferencePaper", "2004.08955", "https://openaccess.thecvf.com/content/CVPR2022W/ECV/html/Zhang_ResNeSt_Split-Attention_Networks_CVPRW_2022_paper.html",
        catalog="openaccess.thecvf.com", access="2024-05-12T09:21:23Z", date="2022",
        proceedingsTitle="Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition Workshops", pages="2736–2746"),
     None, None, "6f0a3d92-c8b1-4e27-9d54-7b3e0f1a2c85")
save(97410, "https://scholar.google.com/scholar?hl=ar&q=MedSelect+selective+labeling+meta-learning",
     it("conferencePaper", "2103.14339", "", catalog="Google Scholar", access="2024-05-12T09:23:00Z", date="2021",
        proceedingsTitle="Medical Imaging with Deep Learning"),
     None, None, "b2e85c07-4d1f-4a96-8e3b-c0f7a1d25e49")
save(43902, "https://proceedings.mlr.press/v139/verma21a.html",
     it("conferencePaper", "2011.04419", "https://proceedings.mlr.press/v139/verma21a.html", catalog="proceedings.mlr.press",
        access="2024-05-12T09:23:44Z", date="2021-07-01", proceedingsTitle="Proceedings of the 38th International Conference on Machine Learning",
        publisher="PMLR", pages="10530–10541", conferenceName="International Conference on Machine Learning"),
     "https://proceedings.mlr.press/v139/verma21a/verma21a.pdf", "Verma et al. - 2021 - Towards Domain-Agnostic Contrastive Learning.pdf",
     "e7a90d14-2c6b-4b3f-81d5-4fa2c9e07b63")
dacl = item_id[0] - 1
m(3, 64330, "Beginning transaction")
m(5, 2, "SELECT valueID FROM itemDataValues WHERE value=? ['arXiv:2011.04419 [cs.LG]']")
m(5, 1, "SELECT COALESCE(MAX(valueID) + 1, 1) FROM itemDataValues")
m(5, 1, "INSERT INTO itemDataValues VALUES (?,?) [3108, 'arXiv:2011.04419 [cs.LG]']")
m(5, 0, f"REPLACE INTO itemData VALUES (?,?,?) [{dacl}, 16, 3108]")
m(4, 3, "Committed transaction")
m(3, 1, f"Notifier.trigger('modify', 'item', [{dacl}], {{\"{dacl}\":{{\"libraryID\":1,\"key\":\"{zkey(T('2011.04419'))}\"}}}}) called [observers: 14]")
m(3, 27731, "Connector Server: Handling request /connector/saveItems")
m(5, 1, json.dumps({"items": [{"itemType": "videoRecording", "title": "محاضرة ٧: التعلّم التبايني والتعلّم الذاتي الإشراف",
                               "creators": [{"firstName": "", "lastName": "قناة مختبر الرؤية الحاسوبية", "creatorType": "contributor", "fieldMode": 1}],
                               "url": "https://www.youtube.com/watch?v=Lb7uQw2nT4s", "libraryCatalog": "YouTube", "runningTime": "1:12:40",
                               "accessDate": "2024-05-12T09:25:14Z"}], "uri": "https://www.youtube.com/watch?v=Lb7uQw2nT4s",
                    "sessionID": "41c2d9f8-7a05-4e6b-b3d1-9f0e28c6a7d4"}, ensure_ascii=False, separators=(",", ":")))
item_id[0] += 1
m(3, 20, f"Notifier.trigger('add', 'item', [{item_id[0]}], {{\"{item_id[0]}\":{{\"libraryID\":1,\"key\":\"{zkey('yt')}\"}}}}) called [observers: 14]")
m(3, 35012, "Connector Server: Handling request /connector/saveItems")
m(5, 1, json.dumps({"items": [{"itemType": "blogPost", "title": "شرح مبسّط للتعلّم التبايني: من SimCLR إلى BYOL",
                               "creators": [{"firstName": "ريم", "lastName": "الحسيني", "creatorType": "author"}],
                               "blogTitle": "مدوّنة تعلّم الآلة بالعربية", "url": "https://ml-arabic.example.net/2023/11/contrastive-learning-shar7/",
                               "date": "2023-11-19", "libraryCatalog": "", "accessDate": "2024-05-12T09:25:49Z"}],
                    "uri": "https://ml-arabic.example.net/2023/11/contrastive-learning-shar7/",
                    "sessionID": "aa61f3e0-5b7d-4c28-9e14-d3b0c7f52a19"}, ensure_ascii=False, separators=(",", ":")))
item_id[0] += 1
m(3, 19, f"Notifier.trigger('add', 'item', [{item_id[0]}], {{\"{item_id[0]}\":{{\"libraryID\":1,\"key\":\"{zkey('blog')}\"}}}}) called [observers: 14]")
m(3, 4420, "Connector Server: Handling request /connector/ping")
text = "\n".join(lines) + "\n"
write_only(F1434, text, keys(F1434))
