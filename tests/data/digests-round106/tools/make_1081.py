#!/usr/bin/env python3
"""1081: a Web of Science "Plain Text File" export (savedrecs.txt, "Full Record", without cited references) of nine
marked records from a literature search on text-guided image generation and vision-language pretraining: the BOM,
`FN Clarivate Analytics Web of Science` / `VR 1.0`, then one record per block — two-letter field tags, multi-valued
fields (AU, AF) one value per line with a three-space indent, each record closed by `ER` and a blank line — and `EF`
last. Four records are Preprint Citation Index records of arXiv preprints (SO arXiv, DT Preprint, the arXiv DOI
`10.48550/arXiv.<id>`, UT PPRN:…), two are CPCI-S records of IEEE/CVF conference papers (with their IEEE DOIs), two
are CPCI-S records of NeurIPS papers (no DOI), and one is a Book Citation Index record of a textbook. AU is the
surname and run-together initials, AF the full name, in the same order. English only, as the database writes it.
Not a paper: Murphy's "Probabilistic Machine Learning: Advanced Topics" (a book). Nicknames: none in the file."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, abstract, write_only
from make_expected import by_num, keys

F = by_num(1081)
K = dict(cfg="2207.12598", sd3="2403.03206", blip2="2301.12597", clip="2103.00020", ip2p="2211.09800",
         z123="2303.11328", lsgm="2106.05931", frozen="2106.13884")
SURN = {"Basile Van Hoorick": ("Van Hoorick", "Basile"), "S. M. Ali Eslami": ("Eslami", "S. M. Ali"),
        "Aaron van den Oord": ("van den Oord", "Aaron")}


def ascii_(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def split(name):
    if name in SURN: return SURN[name]
    p = name.split()
    return p[-1], " ".join(p[:-1])


def au(name):
    s, g = split(name)
    return f"{ascii_(s)}, " + "".join(w[0] for w in g.replace("-", " ").replace(".", ". ").split())


def af(name):
    s, g = split(name)
    return f"{ascii_(s)}, {ascii_(g)}"


def multi(tag, vals):
    return f"{tag} {vals[0]}\n" + "".join(f"   {v}\n" for v in vals[1:])


def rec(fields):
    out = ""
    for tag, v in fields:
        if v is None: continue
        out += multi(tag, v) if isinstance(v, list) else f"{tag} {v}\n"
    return out + "ER\n\n"


DA = "2024-05-14"


def preprint(k, ut, org, tc):
    a = CAT[k]["authors"]
    c1 = "[" + "; ".join(af(n) for n in a) + "] " + org
    return rec([("PT", "J"), ("AU", [au(n) for n in a]), ("AF", [af(n) for n in a]), ("TI", T(k)), ("SO", "arXiv"),
                ("LA", "English"), ("DT", "Preprint"), ("AB", abstract(k)), ("C1", c1), ("PY", CAT[k]["published"][:4]),
                ("DI", f"10.48550/arXiv.{k}"), ("TC", str(tc)), ("Z9", str(tc)),
                ("WE", "Preprint Citation Index (PCI)"), ("UT", f"PPRN:{ut}"), ("DA", DA)])


CVPR = dict(SO="2023 IEEE/CVF CONFERENCE ON COMPUTER VISION AND PATTERN RECOGNITION (CVPR)",
            SE="IEEE Conference on Computer Vision and Pattern Recognition",
            CT="IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", CY="JUN 17-24, 2023",
            CL="Vancouver, CANADA", SP="IEEE; CVF; IEEE Comp Soc", SN="1063-6919", BN="979-8-3503-0129-8",
            J9="PROC CVPR IEEE", PY="2023")
ICCV = dict(SO="2023 IEEE/CVF INTERNATIONAL CONFERENCE ON COMPUTER VISION (ICCV 2023)",
            SE="IEEE International Conference on Computer Vision", CT="IEEE/CVF International Conference on Computer Vision (ICCV)",
            CY="OCT 02-06, 2023", CL="Paris, FRANCE", SP="IEEE; CVF; IEEE Comp Soc", SN="1550-5499",
            BN="979-8-3503-0718-4", J9="IEEE I CONF COMP VIS", PY="2023")
NIPS = dict(SO="ADVANCES IN NEURAL INFORMATION PROCESSING SYSTEMS 34 (NEURIPS 2021)",
            SE="Advances in Neural Information Processing Systems", CT="35th Conference on Neural Information Processing Systems (NeurIPS)",
            CY="DEC 06-14, 2021", CL="ELECTR NETWORK", SP=None, SN="1049-5258", BN="978-1-7138-4539-3",
            J9="ADV NEUR IN", PY="2021")
IEEE_PU = [("PU", "IEEE COMPUTER SOC"), ("PI", "LOS ALAMITOS"), ("PA", "10662 LOS VAQUEROS CIRCLE, PO BOX 3014, LOS ALAMITOS, CA 90720-1264 USA")]
NIPS_PU = [("PU", "NEURAL INFORMATION PROCESSING SYSTEMS (NIPS)"), ("PI", "LA JOLLA"), ("PA", "10010 NORTH TORREY PINES RD, LA JOLLA, CALIFORNIA 92037 USA")]


def proc(k, conf, pub, c1, rp, bp, ep, di, tc, ga, ut, wc, sc):
    a = CAT[k]["authors"]
    f = [("PT", "C"), ("AU", [au(n) for n in a]), ("AF", [af(n) for n in a]), ("TI", T(k)), ("SO", conf["SO"]),
         ("SE", conf["SE"]), ("LA", "English"), ("DT", "Proceedings Paper"), ("CT", conf["CT"]), ("CY", conf["CY"]),
         ("CL", conf["CL"]), ("SP", conf["SP"]), ("AB", abstract(k)), ("C1", c1), ("RP", rp),
         ("NR", str(40 + len(a) * 7)), ("TC", str(tc)), ("Z9", str(tc + tc // 12)), ("U1", str(3 + tc % 17)),
         ("U2", str(11 + tc % 53))] + pub + [
         ("SN", conf["SN"]), ("BN", conf["BN"]), ("J9", conf["J9"]), ("PY", conf["PY"]), ("BP", bp), ("EP", ep),
         ("DI", di), ("PG", str(int(ep) - int(bp) + 1) if bp else None), ("WC", wc),
         ("WE", "Conference Proceedings Citation Index - Science (CPCI-S)"), ("SC", sc), ("GA", ga), ("UT", f"WOS:{ut}"),
         ("DA", DA)]
    return rec(f)


CS_AI = "Computer Science, Artificial Intelligence"
recs = [
 proc(K["ip2p"], CVPR, IEEE_PU, "[Brooks, Tim; Holynski, Aleksander; Efros, Alexei A.] Univ Calif Berkeley, Berkeley, CA 94720 USA.",
      "Brooks, T (corresponding author), Univ Calif Berkeley, Berkeley, CA 94720 USA.", "18392", "18402",
      "10.1109/CVPR52729.2023.01764", 412, "BV8XJ", "001062522101053",
      CS_AI + "; Imaging Science & Photographic Technology", "Computer Science; Imaging Science & Photographic Technology"),
 proc(K["z123"], ICCV, IEEE_PU, "[Liu, Ruoshi; Wu, Rundi; Van Hoorick, Basile; Vondrick, Carl] Columbia Univ, New York, NY 10027 USA; "
      "[Tokmakov, Pavel; Zakharov, Sergey] Toyota Res Inst, Los Altos, CA USA.",
      "Liu, R (corresponding author), Columbia Univ, New York, NY 10027 USA.", "9264", "9275",
      "10.1109/ICCV51070.2023.00853", 301, "BW4TZ", "001169499001063", CS_AI, "Computer Science"),
 preprint(K["cfg"], "53812064", "Google Res, Brain Team, Mountain View, CA USA.", 1210),
 proc(K["lsgm"], NIPS, NIPS_PU, "[Vahdat, Arash; Kreis, Karsten; Kautz, Jan] NVIDIA, Santa Clara, CA 95051 USA.",
      "Vahdat, A (corresponding author), NVIDIA, Santa Clara, CA 95051 USA.", None, None, None, 188, "BT2HK",
      "000901616400019", CS_AI, "Computer Science"),
 proc(K["frozen"], NIPS, NIPS_PU, "[Tsimpoukelli, Maria; Menick, Jacob; Cabi, Serkan; Eslami, S. M. Ali; Vinyals, Oriol; Hill, Felix] DeepMind, London, ENGLAND.",
      "Tsimpoukelli, M (corresponding author), DeepMind, London, ENGLAND.", None, None, None, 274, "BT2HK",
      "000922928201054", CS_AI, "Computer Science"),
 preprint(K["clip"], "48129375", "OpenAI, San Francisco, CA USA.", 5903),
 preprint(K["blip2"], "60417718", "Salesforce Res, Singapore, SINGAPORE.", 1877),
 preprint(K["sd3"], "68830512", "Stabil AI, London, ENGLAND.", 96),
 rec([("PT", "B"), ("AU", ["Murphy, KP"]), ("AF", ["Murphy, Kevin P."]),
      ("TI", "Probabilistic Machine Learning: Advanced Topics"), ("SE", "Adaptive Computation and Machine Learning"),
      ("LA", "English"), ("DT", "Book"), ("C1", "[Murphy, Kevin P.] Google Res, Mountain View, CA USA."),
      ("NR", "1843"), ("TC", "57"), ("Z9", "61"), ("PU", "MIT PRESS"), ("PI", "CAMBRIDGE"),
      ("PA", "ONE ROGERS ST, CAMBRIDGE, MA 02142-1209 USA"), ("BN", "978-0-262-04843-9"), ("PY", "2023"),
      ("PG", "1360"), ("WC", CS_AI), ("WE", "Book Citation Index – Science (BKCI-S)"), ("SC", "Computer Science"),
      ("GA", "BV1QK"), ("UT", "WOS:001017385700001"), ("DA", DA)]),
]
out = "\ufeffFN Clarivate Analytics Web of Science\nVR 1.0\n" + "".join(recs) + "EF\n"
write_only(F, out, keys(F))
