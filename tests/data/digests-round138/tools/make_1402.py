#!/usr/bin/env python3
"""1402: a KoboToolbox form's data exported as CSV (the default "labels" header, `;` separator, every value quoted,
CR LF records): a Thessaloniki-like vision lab's form "Προτάσεις άρθρων για το reading group". Kobo's columns: start /
end (ISO with milliseconds and offset), the questions by their Greek labels, the select_multiple question as one column
of space-joined choice labels plus one 0/1 column per choice (`Θεματική/…`), then `_id`, `_uuid`, `_submission_time`
(UTC, no offset), `_validation_status`, `_notes`, `_status`, `_submitted_by`, `__version__`, `_tags`, `_index`."""
import os, sys, csv, io, hashlib, uuid, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1402)
CH = ["Backbones", "Ανίχνευση", "Ευρωστία", "Αντιστοίχιση", "Άλλο"]
Q = ["Ονοματεπώνυμο", "Τίτλος άρθρου ή πόρου", "Σύνδεσμος", "arXiv (αν υπάρχει)", "Θεματική"]
H = ["start", "end"] + Q + [f"Θεματική/{c}" for c in CH] + ["Προτιμώμενη εβδομάδα", "Σχόλια", "_id", "_uuid",
     "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "__version__", "_tags", "_index"]
S = [
 ("Ελένη Καραγιάννη", T("2103.14030"), "https://arxiv.org/abs/2103.14030", "", ["Backbones"], "1η (15/2)", "Για αρχή, κλασικό."),
 ("Νίκος Παπαδόπουλος", T("2010.04159"), "https://arxiv.org/abs/2010.04159", "", ["Ανίχνευση"], "2η (22/2)", "Μαζί με το αρχικό DETR ως υπόβαθρο."),
 ("Μαρία Τσακίρη", T("2012.07177"), "", "arXiv:2012.07177", ["Ανίχνευση"], "3η (29/2)", "Θα δείξω και πείραμα με mmdetection."),
 ("Γιώργος Βλάχος", "mmdetection (OpenMMLab)", "https://github.com/open-mmlab/mmdetection", "", ["Άλλο"], "", "Όχι άρθρο, βιβλιοθήκη· να τη στήσουμε στον hydra."),
 ("Κώστας Λαμπρόπουλος", T("2106.04560"), "https://arxiv.org/abs/2106.04560", "", ["Backbones"], "5η (14/3)", "ViT-G/14 και scaling laws για όραση."),
 ("Ελένη Καραγιάννη", T("2104.00298"), "https://arxiv.org/pdf/2104.00298.pdf", "", ["Backbones"], "6η (21/3)", "Progressive learning· σύγκριση με ConvNeXt."),
 ("Νίκος Παπαδόπουλος", T("2103.14167"), "https://openaccess.thecvf.com/content/ICCV2021/html/Jiang_COTR_Correspondence_Transformer_for_Matching_Across_Images_ICCV_2021_paper.html", "", ["Αντιστοίχιση"], "7η (28/3)", "Για τις αεροφωτογραφίες."),
 ("Μαρία Τσακίρη", T("2103.14586"), "", "", ["Ευρωστία", "Backbones"], "8η (4/4)", "ICCV 2021, δεν βρήκα ακόμη το PDF."),
 ("Δήμητρα Σταύρου", T("2103.14146"), "https://openaccess.thecvf.com/content/ICCV2021/html/Qiu_Describing_and_Localizing_Multiple_Changes_With_Transformers_ICCV_2021_paper.html", "", ["Άλλο"], "", "Change captioning — αν δεν ταιριάζει, το κρατάμε για το φθινόπωρο."),
 ("Γιώργος Βλάχος", "COCO-Stuff (dataset)", "https://github.com/nightrome/cocostuff", "", ["Άλλο"], "", "Dataset, όχι άρθρο."),
]
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
w.writerow(H)
t0 = dt.datetime(2024, 2, 5, 9, 12, 31)
for i, (name, title, link, ax, ths, week, note) in enumerate(S):
    st = t0 + dt.timedelta(hours=7 * i + (i * i) % 5, minutes=(i * 17) % 60, seconds=(i * 13) % 60)
    en = st + dt.timedelta(minutes=2 + i % 4, seconds=(i * 29) % 60)
    sub = en + dt.timedelta(seconds=3 + i) - dt.timedelta(hours=2)  # stored in UTC; the phones are at +02:00
    ms = lambda t, k: f"{t:%Y-%m-%dT%H:%M:%S}.{(i * 137 + k) % 1000:03d}+02:00"
    u = str(uuid.UUID(hashlib.md5(f"kobo{i}".encode()).hexdigest(), version=4))
    w.writerow([ms(st, 1), ms(en, 2), name, title, link, ax, " ".join(ths)] + ["1" if c in ths else "0" for c in CH] +
               [week, note, str(301177 + i * 3 + (i % 2)), u, f"{sub:%Y-%m-%dT%H:%M:%S}", "", "", "submitted_via_web", "",
                "vKq8cT3ZpMj2RwX9aYbN4e", "", str(i + 1)])
write_only(F, buf.getvalue(), keys(F))
