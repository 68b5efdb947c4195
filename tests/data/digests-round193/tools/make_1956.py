#!/usr/bin/env python3
"""1956 (negative): a Hungarian lab's Bitwarden unencrypted JSON export (`bitwarden_export_20240315101500.json`):
`encrypted: false`, four folders, ten items — logins (type 1, with uris, username, password, totp) and secure notes
(type 2) — for software licences, dataset portals, e-book platforms and talk recordings. No paper, no catalogue title,
nothing arXiv-shaped (the builder refuses them). Ids are uuid5 of names, passwords invented. Two-space JSON as
Bitwarden writes it, LF, a final newline."""
import base64, hashlib, json, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

F = "1956_negative_bitwarden_json_export_hungarian_lab_vault_software_datasets_books_and_talks.json"
NS = uuid.UUID("6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b")


def u(s):
    return str(uuid.uuid5(NS, s))


def pw(s):
    return base64.b64encode(hashlib.sha256(("pw:" + s).encode()).digest()).decode()[:18]


FOLDERS = ["Szoftver", "Adatkészletek", "Könyvek", "Előadások"]
ITEMS = [
    ("Szoftver", 1, "MATLAB hálózati licenc (tanszéki)", "A licencszerver címe a jegyzetben; évente januárban megújítani.",
     "https://www.mathworks.com/login", "labor@gepitanulas.example.hu", "2024-01-10T09:12:33.000Z"),
    ("Szoftver", 1, "JetBrains oktatási licenc", "PyCharm Professional, 12 fő.", "https://account.jetbrains.com/login",
     "labor@gepitanulas.example.hu", "2024-02-01T14:03:10.000Z"),
    ("Szoftver", 2, "Weights & Biases csapat API-kulcs", "A kulcs a labor szerverén van, env változóban (WANDB_API_KEY).\n"
     "Ne tedd be a repóba!", None, None, "2024-02-20T11:45:00.000Z"),
    ("Adatkészletek", 1, "ImageNet letöltés", "Csak kutatási célra; a feltételeket Kovács Anna fogadta el.",
     "https://image-net.org/login.php", "anna.kovacs@gepitanulas.example.hu", "2023-11-07T08:30:00.000Z"),
    ("Adatkészletek", 1, "LDC (Linguistic Data Consortium)", "Tagság 2024-re; a magyar beszédkorpusz kérés folyamatban.",
     "https://catalog.ldc.upenn.edu/login", "labor@gepitanulas.example.hu", "2024-01-15T10:00:00.000Z"),
    ("Adatkészletek", 1, "PhysioNet hitelesített hozzáférés", "MIMIC-IV: CITI tanfolyam kell hozzá (Tóth Bence megvan).",
     "https://physionet.org/login/", "bence.toth@gepitanulas.example.hu", "2024-03-04T16:20:00.000Z"),
    ("Könyvek", 1, "O'Reilly Learning (egyetemi)", "Könyvek: Hands-On Machine Learning (Géron), Designing Machine Learning "
     "Systems (Huyen) — a csoport olvasólistáján.", "https://learning.oreilly.com/", "anna.kovacs@gepitanulas.example.hu",
     "2024-02-28T09:00:00.000Z"),
    ("Könyvek", 2, "Springer tankönyvek — egyetemi proxy", "Bishop: Pattern Recognition and Machine Learning (könyv) PDF a "
     "proxyn át; a proxy címe a tanszéki wikiben.", None, None, "2024-01-22T13:13:13.000Z"),
    ("Előadások", 1, "Vimeo — labor szeminárium felvételek", "A szemináriumok felvételei (2023/24 ősz, tavasz). "
     "Jelszavas videók: a jelszó ugyanaz mint itt.", "https://vimeo.com/log_in", "labor@gepitanulas.example.hu",
     "2024-03-12T18:00:00.000Z"),
    ("Előadások", 1, "Konferencia-stream (MSZNY 2024)", "Regisztráció a magyar NLP konferencia streamjéhez; a felvételek "
     "egy hónapig érhetők el.", "https://stream.mszny.example.hu/belepes", "anna.kovacs@gepitanulas.example.hu",
     "2024-03-15T10:10:00.000Z"),
]


def build():
    out = {"encrypted": False, "folders": [{"id": u("f:" + f), "name": f} for f in FOLDERS], "items": []}
    for folder, typ, name, notes, uri, user, date in ITEMS:
        it = {"passwordHistory": None, "revisionDate": date, "creationDate": date, "deletedDate": None,
              "id": u("i:" + name), "organizationId": None, "folderId": u("f:" + folder), "type": typ, "reprompt": 0,
              "name": name, "notes": notes, "favorite": False}
        if typ == 1:
            it["login"] = {"fido2Credentials": [], "uris": [{"match": None, "uri": uri}], "username": user,
                           "password": pw(name), "totp": None}
        else:
            it["secureNote"] = {"type": 0}
        it["collectionIds"] = None
        out["items"].append(it)
    return json.dumps(out, indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    write(F, build(), negative=True)
