#!/usr/bin/env python3
"""1616 (negative): an Israeli researcher's BBDB database file (Emacs, BBDB 3, file-format 9) after a conference:
the coding cookie, the file-format line, then one record a line as a Lisp vector [firstname lastname affix aka
organization phone address mail xfields uuid creation-date timestamp cache], sorted by name. Notes name a workshop,
software, a dataset, a talk and a dinner — no paper. Uuids come from hashes; dates are modelled."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(1616)


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def uuid(s):
    h = hashlib.md5(s.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


# first, last, aka, orgs, phones (label, number), address (label, streets, city, state, postcode, country) or None,
# mails, xfields, created, modified
PEOPLE = [
    ("נועה", "אברהמי", [], ["הטכניון, הפקולטה למדעי המחשב"], [("עבודה", "04-8290000")], None,
     ["noa.a@cs.technion.example.ac.il"], [("notes", "נפגשנו בסדנה בחיפה; מתחזקת את ספריית ה-JAX של הקבוצה"), ("mail-alias", "sadna-haifa")],
     "2024-02-26 09:14:03 +0000", "2024-03-03 18:40:12 +0000"),
    ("Marco", "Bellucci", [], ["Politecnico (visiting)"], [], None, ["m.bellucci@polimi.example.it"],
     [("notes", "Sat next to him at the dinner; interested in our Hebrew speech dataset (licence question)"), ("mail-alias", "sadna-haifa")],
     "2024-02-27 20:31:45 +0000", "2024-02-27 20:31:45 +0000"),
    ("אורי", "גולדברג", ["אורי ג."], ["סטארט-אפ, תל אביב"], [("נייד", "050-0000000")], None, ["uri@startup.example.co.il"],
     [("notes", "הרצאה על הסקה על GPU; שלח שקפים וקישור להקלטה ביוטיוב"), ("www", "https://startup.example.co.il")],
     "2024-02-26 11:02:50 +0000", "2024-03-01 07:55:21 +0000"),
    ("דנה", "לוי", [], ["האוניברסיטה העברית"], [("עבודה", "02-6580000"), ("נייד", "052-0000000")],
     ("עבודה", ["קמפוס גבעת רם", "בניין רוס"], "ירושלים", "", "9190401", "ישראל"), ["dana.levi@mail.huji.example.ac.il"],
     [("notes", "מארגנת את יום העיון בסמסטר הבא; צריך לשלוח לה תקציר הרצאה עד 15.4"), ("mail-alias", "yom-iyun")],
     "2023-11-14 16:20:00 +0000", "2024-03-04 09:12:48 +0000"),
    ("Priya", "Raman", [], ["Cloud ML team"], [], None, ["priya.raman@cloud.example.com"],
     [("notes", "Offered GPU credits for the student project; follow up after Passover")],
     "2024-02-27 13:47:09 +0000", "2024-02-27 13:47:09 +0000"),
    ("יוסי", "שטרן", [], ["אוניברסיטת בר-אילן"], [("עבודה", "03-5310000")], None, ["yossi.s@biu.example.ac.il", "yossi.stern@gmail.example.com"],
     [("notes", "פאנל על תעסוקה בתעשייה; מנחה סטודנטים בפרויקט קורפוס בעברית"), ("mail-alias", "sadna-haifa, yom-iyun")],
     "2024-02-26 15:33:27 +0000", "2024-03-02 21:10:05 +0000"),
]


def lst(xs, f=q):
    return "nil" if not xs else "(" + " ".join(f(x) for x in xs) + ")"


def rec(p):
    first, last, aka, orgs, phones, addr, mails, xf, cr, ts = p
    ph = "nil" if not phones else "(" + " ".join(f"[{q(a)} {q(b)}]" for a, b in phones) + ")"
    ad = "nil" if not addr else f"([{q(addr[0])} {lst(addr[1])} {q(addr[2])} {q(addr[3])} {q(addr[4])} {q(addr[5])}])"
    x = "(" + " ".join(f"({k} . {q(v)})" for k, v in xf) + ")"
    return f"[{q(first)} {q(last)} nil {lst(aka)} {lst(orgs)} {ph} {ad} {lst(mails)} {x} {q(uuid(first + last))} {q(cr)} {q(ts)} nil]"


def build():
    people = sorted(PEOPLE, key=lambda p: (p[1] + " " + p[0]).lower())
    L = [";; -*- mode: Emacs-Lisp; coding: utf-8; -*-", ";;; file-format: 9"] + [rec(p) for p in people]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write(F, build(), negative=True)
