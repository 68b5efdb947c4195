#!/usr/bin/env python3
"""556 (NEGATIVE): a Thunderbird address book exported as LDIF (Tools → Address Book → Export → LDIF): one record per
contact — dn "cn=…,mail=…", objectclass top / person / organizationalPerson / inetOrgPerson / mozillaAbPersonAlpha,
givenName, sn, cn, mozillaNickname, mail, modifytimestamp, phone, organisation, notes — and mailing lists as
groupOfNames with member lines; values that are not plain ASCII are written base64 after "::" (RFC 2849). The
address book of a Hindi-speaking PhD student who runs a reading group: members, the department office, the room
booking desk, a caterer, IT help, a guest speaker. No paper, no catalogue title, nothing arXiv-shaped."""
import base64, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F556


def val(k, v):
    if v.isascii() and not v.startswith((" ", ":", "<")):
        return f"{k}: {v}"
    return f"{k}:: {base64.b64encode(v.encode('utf-8')).decode()}"


P = [  # given, surname, nick, mail, phone, org, ou, title, notes, ts
 ("अनन्या", "राव", "ananya", "ananya.rao@cse.example.ac.in", "+91 98110 42731", "Example Institute of Technology", "CSE", "PhD scholar",
  "रीडिंग ग्रुप की सह-संयोजक; गुरुवार को कमरा बुक करती हैं", 1707214410),
 ("कबीर", "मेहता", "kabir", "kabir.mehta@cse.example.ac.in", "+91 99580 11843", "Example Institute of Technology", "CSE", "MTech student",
  "नया सदस्य (मार्च 2024); स्लाइड टेम्पलेट भेजना है", 1709788802),
 ("नेहा", "कुलकर्णी", "neha", "neha.k@ee.example.ac.in", "+91 97170 55208", "Example Institute of Technology", "EE", "PhD scholar",
  "ज़ूम लिंक वही भेजती हैं", 1706002291),
 ("रिया", "सिंह", "riya", "riya.singh@mail.example.com", "", "", "", "", "बाहरी सदस्य, केवल ऑनलाइन", 1709788977),
 ("Vikram", "Nair", "vikram", "v.nair@research.example.org", "+91 80 4110 2290", "Example Research Labs", "", "Senior Scientist",
  "अतिथि वक्ता, 21 मार्च; यात्रा भत्ता फ़ॉर्म भेजा", 1710122401),
 ("विभाग", "कार्यालय", "office", "office@cse.example.ac.in", "+91 11 2659 0000", "Example Institute of Technology", "CSE", "",
  "प्रतिपूर्ति फ़ॉर्म यहीं जमा होते हैं (सुबह 10-1)", 1699870222),
 ("Room", "Booking", "rooms", "rooms@example.ac.in", "", "Example Institute of Technology", "Estate", "", "बुकिंग पोर्टल बंद हो तो यहाँ ईमेल", 1699870400),
 ("IT", "Helpdesk", "it", "helpdesk@example.ac.in", "+91 11 2659 1111", "Example Institute of Technology", "Computer Centre", "",
  "प्रोजेक्टर / HDMI एडाप्टर के लिए टिकट", 1701103330),
 ("Sharma", "Caterers", "chai", "orders@sharma-caterers.example.in", "+91 98100 30001", "Sharma Caterers", "", "",
  "चाय-नाश्ता, 20 लोग, ₹90 प्रति व्यक्ति; GST बिल माँगना", 1707214900),
]
recs = []
for g, s, nick, mail, ph, org, ou, title, notes, ts in P:
    cn = f"{g} {s}"
    r = [val("dn", f"cn={cn},mail={mail}"), "objectclass: top", "objectclass: person", "objectclass: organizationalPerson",
         "objectclass: inetOrgPerson", "objectclass: mozillaAbPersonAlpha", val("givenName", g), val("sn", s), val("cn", cn),
         val("mozillaNickname", nick), f"mail: {mail}", f"modifytimestamp: {ts}"]
    if ph: r.append(f"telephoneNumber: {ph}")
    if title: r.append(val("title", title))
    if ou: r.append(val("ou", ou))
    if org: r.append(val("o", org))
    r.append(val("description", notes))
    recs.append((cn, mail, r))
groups = [("रीडिंग ग्रुप – सदस्य", "rg-members", "साप्ताहिक सूचना इसी सूची पर", ["ananya", "kabir", "neha", "riya"]),
          ("रीडिंग ग्रुप – व्यवस्था", "rg-admin", "कमरा, चाय, प्रोजेक्टर", ["office", "rooms", "it", "chai"])]
out = []
for cn, mail, r in recs:
    out += r + [""]
for name, nick, desc, members in groups:
    out += [val("dn", f"cn={name}"), "objectclass: top", "objectclass: groupOfNames", val("cn", name), val("mozillaNickname", nick),
            val("description", desc)]
    for m in members:
        cn, mail, _ = next(x for x in recs if x[2][9] == f"mozillaNickname: {m}" or x[2][9].endswith(m))
        out.append(val("member", f"cn={cn},mail={mail}"))
    out.append("")
doc = "\n".join(out)
decoded = "\n".join(base64.b64decode(l.split(":: ", 1)[1]).decode() if ":: " in l else l for l in out)
write(F556, doc + "\n" * 0, negative=True)
from catalogue import no_catalogue_title
no_catalogue_title(decoded, F556)
