#!/usr/bin/env python3
"""559: a saved e-mail (a Dutch note over a forwarded arXiv cs mailing, trimmed to two records) printed to
PostScript with GNU Enscript 1.6.6 (`enscript -p`, Courier 10, Letter, simple header): each text line is a PostScript
string "(…) s" after a moveto, with "(", ")" and "\\" escaped and Latin-1 letters as octal escapes."""
import os, re, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, abstract, write_raw
from make_expected import F559, keys, LENET

def wrap(s, w=72, ind=""):
    return textwrap.wrap(s, w, subsequent_indent=ind, break_on_hyphens=False)

def record(aid, date_, size, cats, comments, kb):
    out = ["------------------------------------------------------------------------------", "\\\\",
           f"arXiv:{aid}", f"Date: {date_}   ({size}kb)", ""]
    out += wrap("Title: " + T(aid), 79, "  ")
    out += wrap("Authors: " + ", ".join(authors(aid)[:-1]) + " and " + authors(aid)[-1], 79, "  ")
    out += [f"Categories: {cats}"]
    if comments: out += wrap("Comments: " + comments, 79, "  ")
    out += ["\\\\"]
    out += textwrap.wrap(abstract(aid), 79, initial_indent="  ", subsequent_indent="  ", break_on_hyphens=False)
    out += [f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)"]
    return out

note = [
 "From: Maarten Vos <m.vos@cs.example.nl>",
 "To: leesclub-vision@lists.example.nl",
 "Subject: Fwd: cs daily Subj-class mailing 1 (26 mrt) + leeslijst april",
 "Date: Mon, 5 Apr 2021 10:07:41 +0200",
 "",
 "Hoi allemaal,",
 "",
 *wrap("Hieronder (ingekort) de mailing van vrijdag 26 maart; ik heb alleen de twee records laten staan die we "
       "donderdag willen bespreken. Vooral de eerste is leuk voor wie met change captioning bezig is, de tweede "
       "(Dodrio) is meer iets voor de visualisatiemensen bij HCI."),
 "",
 "Voor de rest van april stel ik het volgende voor:",
 "",
 *wrap("1. Backbone-sessie: " + T("2004.08955") + " (Zhang et al.), https://arxiv.org/abs/2004.08955 . Let op: de "
       "split-attention-blokken in figuur 2.", 72, "   "),
 *wrap("2. \"" + T("2104.00298") + "\" (Tan & Le), arXiv:2104.00298, pas vorige week verschenen; progressive "
       "learning met adaptieve regularisatie.", 72, "   "),
 *wrap("3. Als achtergrond voor de nieuwe studenten: LeCun et al., \"" + LENET + "\", Proceedings of the IEEE, "
       "1998. Het is lang (46 blz.), alleen secties I-III.", 72, "   "),
 *wrap("4. Twee papers van de Brain-groep over pre-training en robuustheid: \"" + T("2006.06882") + "\" "
       "(NeurIPS 2020) en \"" + T("2006.14536") + "\".", 72, "   "),
 *wrap("5. Voor de sessie over generalisatie: Gulrajani & Lopez-Paz, \"" + T("2007.01434") + "\" (ICLR 2021), "
       "samen met de DomainBed-repository.", 72, "   "),
 "",
 *wrap("Het rooster staat op de wiki (Leesclub > Planning). Wie wil presenteren, graag even reageren op deze "
       "mail. Caf\u00e9 na afloop zoals gewoonlijk."),
 "",
 "Groet,",
 "Maarten",
 "",
 "-- ",
 "Maarten Vos  |  Vakgroep Beeldverwerking, Universiteit van Example",
 "kamer 2.117  |  +31 (0)20 555 0142",
 "",
 "---------- Forwarded message ---------",
 "From: no-reply@arxiv.org",
 "Date: Sat, 27 Mar 2021 at 02:31",
 "Subject: cs daily Subj-class mailing 1 ",
 "To: <m.vos@cs.example.nl>",
 "",
 "------------------------------------------------------------------------------",
 "------------------------------------------------------------------------------",
 "Send any comments regarding submissions directly to submitter.",
 "------------------------------------------------------------------------------",
 "Archives at http://arxiv.org/",
 "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel",
 "------------------------------------------------------------------------------",
 " Submissions to:",
 "Artificial Intelligence",
 "Computation and Language",
 "Computer Vision and Pattern Recognition",
 "Human-Computer Interaction",
 "Machine Learning",
 " received from  Thu 25 Mar 21 18:00:00 GMT  to  Fri 26 Mar 21 18:00:00 GMT",
 *record("2103.14146", "Thu, 25 Mar 2021 20:36:12 GMT", 4915, "cs.CV",
         "Project page: https://cvpaperchallenge.github.io/Describing-and-Localizing-Multiple-Change-with-Transformers/", 4915),
 "",
 "[... 161 records cut, MV ...]",
 "",
 *record("2103.14625", "Fri, 26 Mar 2021 17:42:08 GMT", 2903, "cs.CL cs.AI cs.HC cs.LG",
         "Accepted to NAACL 2021 Demo track", 2903),
 "------------------------------------------------------------------------------",
 "%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--",
]
assert all(len(l) <= 80 for l in note), [l for l in note if len(l) > 80]

def ps_str(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "()\\": out.append("\\" + ch)
        elif 32 <= o < 127: out.append(ch)
        else: out.append("\\%03o" % ch.encode("latin-1")[0])
    return "(" + "".join(out) + ")"

PER = 66
pages = [note[i:i + PER] for i in range(0, len(note), PER)]
FN = "arxiv-leesclub-april.txt"
prolog = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "enscript_prolog.ps")).read()
ASCII = ("space exclam quotedbl numbersign dollar percent ampersand quoteright parenleft parenright asterisk plus comma "
         "hyphen period slash zero one two three four five six seven eight nine colon semicolon less equal greater "
         "question at A B C D E F G H I J K L M N O P Q R S T U V W X Y Z bracketleft backslash bracketright "
         "asciicircum underscore quoteleft a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft bar "
         "braceright tilde").split()
LATIN = ("space exclamdown cent sterling currency yen brokenbar section dieresis copyright ordfeminine guillemotleft "
         "logicalnot hyphen registered macron degree plusminus twosuperior threesuperior acute mu paragraph "
         "bullet cedilla onesuperior ordmasculine guillemotright onequarter onehalf threequarters questiondown "
         "Agrave Aacute Acircumflex Atilde Adieresis Aring AE Ccedilla Egrave Eacute Ecircumflex Edieresis Igrave "
         "Iacute Icircumflex Idieresis Eth Ntilde Ograve Oacute Ocircumflex Otilde Odieresis multiply Oslash Ugrave "
         "Uacute Ucircumflex Udieresis Yacute Thorn germandbls agrave aacute acircumflex atilde adieresis aring ae "
         "ccedilla egrave eacute ecircumflex edieresis igrave iacute icircumflex idieresis eth ntilde ograve oacute "
         "ocircumflex otilde odieresis divide oslash ugrave uacute ucircumflex udieresis yacute thorn ydieresis").split()
names = [".notdef"] * 32 + ASCII + [".notdef"] * 33 + LATIN
assert len(names) == 256, len(names)
vec = "\n".join("".join("/%-13s\t" % n for n in names[i:i + 4]) for i in range(0, 256, 4))
prolog = re.sub(r"/encoding_vector \[\n.*?\n\] def", lambda m: "/encoding_vector [\n" + vec + "\n] def", prolog, flags=re.S)
o = ["%!PS-Adobe-3.0", "%%BoundingBox: 24 24 588 768", "%%Title: Enscript Output", "%%For: Maarten Vos",
     "%%Creator: GNU Enscript 1.6.6", "%%CreationDate: Mon Apr  5 10:12:58 2021", "%%Orientation: Portrait",
     "%%Pages: (atend)", "%%DocumentMedia: Letter 612 792 0 () ()", "%%DocumentNeededResources: (atend)",
     "%%EndComments", prolog.rstrip("\n")]
for n, pg in enumerate(pages, 1):
    o += [f"%%Page: ({n}) {n}", "%%BeginPageSetup", "_S", "24 24 translate", f"/pagenum {n} def",
          f"/fname ({FN}) def", "/fdir (.) def", f"/ftail ({FN}) def", "% User defined strings:",
          "/fmodstr (Mon Apr 05 10:11:32 2021) def", f"/pagenumstr ({n}) def", "/user_header_p false def",
          "/user_footer_p false def", "%%EndPageSetup", "do_header"]
    for i, line in enumerate(pg):
        if line.strip():
            o += [f"5 {718 - 11 * i} M", ps_str(line) + " s"]
    o += ["_R", "S"]
o += ["%%Trailer", f"%%Pages: {len(pages)}", "%%DocumentNeededResources: font Courier-Bold Courier ", "%%EOF"]
ps = "\n".join(o) + "\n"
write_raw(F559, ps.encode("latin-1"), ["\n".join(note)], keys(F559))
