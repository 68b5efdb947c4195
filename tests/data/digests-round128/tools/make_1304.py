#!/usr/bin/env python3
"""1304: the Archive ("lite") page of a thread on ADSLgr.com's vBulletin 4 forum (`archive/index.php/t-<id>.html`),
saved as HTML (a Greek thread on fine-tuning an LLM with LoRA / QLoRA on one RTX 3090). vBulletin's archive template:
XHTML doctype, lang el, <title> = the thread title + ` [Αρχείο] - ADSLgr.com Forum`, the archive stylesheet, the
navbar of archive links ending in the thread's title as text, `Προβολή πλήρους έκδοσης : <title>` linking the full
thread, the title again as a link, then one `<div class="post">` per post (posttop with user name and date
`dd-mm-yyyy, HH:MM`, then posttext) separated by <hr />, quotes in vBulletin 4's bbcode_quote markup (`Αρχική Δημοσίευση
από <strong>user</strong>` and a relative `showthread.php?p=<id>#post<id>` link, which the archive page leaves
unresolved), auto-linked URLs whose text vBulletin shortens when over 55 characters (35 + `...` + 15), the moderator's
move notice, and vBulletin's copyright line. Papers: arXiv abs / pdf links, an OpenReview forum link, an `arXiv:` id,
titles alone; libraries, a dataset, a GPU, a notebook repository and a Hugging Face page are not papers."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1304, keys

BASE = "https://www.adslgr.example.com/forum/"
TID = 1127394
TITLE = "Fine-tuning LLM με LoRA/QLoRA σε μία RTX 3090 – εμπειρίες;"
E = lambda s: html.escape(s, quote=False)


def link(u):
    t = u if len(u) <= 55 else u[:35] + "..." + u[-15:]
    return f'<a href="{html.escape(u)}" target="_blank">{E(t)}</a>'


POSTS = [  # (id, user, date, parts: list of str (text, with {L:url} markers), quote (post index, text) or None)
 (8012345, "nikos_k", "05-03-2024, 21:14", None,
  ["Καλησπέρα σε όλους.", f"Θέλω να κάνω fine-tuning ένα Mistral 7B σε ελληνικά κείμενα (περίπου 40k ζεύγη ερώτηση/απάντηση) και έχω μόνο μία RTX 3090 με 24GB. Διάβασα το {T('2106.09685')} ({{L:https://arxiv.org/abs/2106.09685}}) αλλά ακόμα και με LoRA σε fp16 δεν χωράει με seq 2048.", "Τι λέτε, QLoRA ή κάτι άλλο;"]),
 (8012352, "sakis_ml", "05-03-2024, 21:40", None,
  ["QLoRA χωρίς δεύτερη σκέψη.", f"Το paper είναι το {T('2305.14314')}, {{L:https://arxiv.org/pdf/2305.14314.pdf}} – 4-bit NF4, double quantization και paged optimizers. Με peft + bitsandbytes το στήνεις σε μισή ώρα. Εγώ σε 3090 έβγαζα γύρω στα 9 tokens/s στο training με seq 1024."]),
 (8012371, "eleni.p", "05-03-2024, 22:05", (1, "QLoRA χωρίς δεύτερη σκέψη."),
  [f"Συμφωνώ, αλλά αν τα δεδομένα είναι λίγα δοκίμασε και (IA)³. Είναι από το {T('2205.05638')} ({{L:https://arxiv.org/abs/2205.05638}}) και εκπαιδεύει ακόμα λιγότερες παραμέτρους από το LoRA."]),
 (8012408, "nikos_k", "06-03-2024, 09:12", None,
  ["Ευχαριστώ! Υπάρχει κάποια σύγκριση μεταξύ των μεθόδων; adapters, prefix κτλ;"]),
 (8012436, "thanos_gr", "06-03-2024, 10:30", None,
  [f"Για σύγκριση το καλύτερο είναι το {T('2110.04366')} (ICLR 2022): {{L:https://openreview.net/forum?id={OR('2110.04366')}}} – τα βάζει όλα σε ένα κοινό πλαίσιο και δείχνει ότι το LoRA είναι ουσιαστικά παράλληλος adapter.",
   f"Για τα κλασικά: τα adapters είναι από το {T('1902.00751')} (Houlsby κ.ά., ICML 2019) και το prefix tuning από το {T('2101.00190')}, arXiv:2101.00190."]),
 (8012447, "eleni.p", "06-03-2024, 11:02", (4, "και το prefix tuning από το"),
  [f"...και το P-tuning, δηλαδή το {T('2103.10385')}. Στην πράξη όμως, για instruction data, το LoRA είναι πιο σταθερό και έχει και τα καλύτερα εργαλεία."]),
 (8012460, "Dimitris_A", "06-03-2024, 12:15", None,
  ["Μετακίνηση από το «Κάρτες γραφικών» στο «Προγραμματισμός». Παρακαλώ μην ανεβάζετε ολόκληρα PDF στο φόρουμ, βάζετε σύνδεσμο."]),
 (8012533, "sakis_ml", "06-03-2024, 18:44", None,
  [f"Κάτι ακόμα: αν θέλεις το μοντέλο να ακολουθεί οδηγίες, δες το {T('2203.02155')} (το InstructGPT) για το πώς στήνονται τα δεδομένα. RLHF σε 3090 ξέχνα το, αλλά SFT με QLoRA κανονικά.",
   "Για δεδομένα κοίτα το ελληνικό κομμάτι του Aya: {L:https://huggingface.co/datasets/CohereForAI/aya_dataset/viewer/default/train?q=greek}"]),
 (8012690, "nikos_k", "07-03-2024, 20:03", None,
  ["Update: QLoRA με r=16, alpha=32, 3 epochs, περίπου 7 ώρες. Το eval loss έπεσε από 1.84 σε 1.21 και οι απαντήσεις στα ελληνικά είναι πολύ καλύτερες.", "Ευχαριστώ όλους! Το notebook είναι εδώ: {L:https://github.com/nkost-gr/mistral-greek-qlora}"]),
]


def render(s):
    out, i = [], 0
    while True:
        j = s.find("{L:", i)
        if j < 0: out.append(E(s[i:])); break
        k = s.index("}", j)
        out.append(E(s[i:j])); out.append(link(s[j + 3:k])); i = k + 1
    return "".join(out)


AR = BASE + "archive/index.php"
o = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
     '<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="el">', "<head>",
     '\t<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />',
     '\t<meta name="keywords" content="LoRA, QLoRA, fine-tuning, RTX 3090, Προγραμματισμός" />',
     f'\t<meta name="description" content="[Αρχείο] {html.escape(TITLE)} Προγραμματισμός" />',
     f"\t<title>{E(TITLE)} [Αρχείο] - ADSLgr.com Forum</title>",
     f'\t<link rel="stylesheet" type="text/css" href="{BASE}archive/archive.css" />',
     "</head>", "<body>", '<div class="pagebody">',
     f'<div id="navbar"><a href="{AR}">ADSLgr.com Forum</a> &gt; <a href="{AR}/f-63.html">Software</a> &gt; <a href="{AR}/f-212.html">Προγραμματισμός</a> &gt; {E(TITLE)}</div>',
     "<hr />",
     f'<div class="pda"><a href="{BASE}showthread.php?t={TID}" rel="nofollow">Προβολή πλήρους έκδοσης : {E(TITLE)}</a></div>',
     "<hr />", '<div id="content">', f'<p class="largefont"><a href="{BASE}showthread.php?t={TID}">{E(TITLE)}</a></p>', "<hr />", ""]
for n, (pid, user, date, quote, parts) in enumerate(POSTS):
    body = ""
    if quote:
        qi, qt = quote; qid, quser = POSTS[qi][0], POSTS[qi][1]
        body += ('<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_quote_container"></div>'
                 f'<div class="bbcode_postedby"><img src="images/misc/quote_icon.png" alt="Παράθεση" /> Αρχική Δημοσίευση από <strong>{E(quser)}</strong> '
                 f'<a href="showthread.php?p={qid}#post{qid}" rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost-right.png" alt="Εμφάνιση Δημοσίευσης" /></a></div>'
                 f'<div class="message">{E(qt)}</div></div></div></div>')
    body += "<br />\n<br />\n".join(render(p) for p in parts)
    o.append(f'<div class="post"><div class="posttop"><div class="username">{E(user)}</div><div class="date">{date}</div></div><div class="posttext">{body}</div></div><hr />')
    o.append("")
o += ["</div>", '<div id="copyright">vBulletin&reg; v4.2.5, Copyright &copy;2000-2024, vBulletin Solutions Inc.</div>', "</div>",
      "</body>", "</html>"]
text = "\n".join(o) + "\n"
write_only(F1304, text, keys(F1304))
