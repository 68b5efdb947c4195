#!/usr/bin/env python3
"""550: a CherryTree notebook saved as .ctd (CherryTree 1.x XML: <cherrytree>, <bookmarks list>, nested <node>s with
the program's attributes and Unix timestamps, <rich_text> runs with weight / style / scale / foreground / family /
link="webs …" or "node N", anchored <codebox> and <table> widgets at their char_offset; a table's header row is
stored LAST) — a Greek PhD student's notes on self-supervised vision. Papers: arXiv abs / pdf links on rich_text
runs (link), "arXiv:ID" in the text (arxiv-text), titles with a CVF / PMLR link or a venue (title-only). Not
papers: solo-learn and VISSL (repos), Lil'Log, a lecture, ImageNet, nicknames (SimCLR, DINO, SwAV)."""
import os, sys
from xml.sax.saxutils import escape, quoteattr
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F550, keys

NODE_ATTR = ('name={name} unique_id="{uid}" prog_lang="{lang}" tags={tags} readonly="0" nosearch_me="0" nosearch_ch="0" '
             'custom_icon_id="{icon}" is_bold="{bold}" foreground="{fg}" ts_creation="{c}" ts_lastsave="{s}"')


class Node:
    def __init__(self, uid, name, c, s, tags="", bold=0, icon=0, fg="", lang="custom-colors"):
        self.uid, self.name, self.c, self.s, self.tags, self.bold, self.icon, self.fg, self.lang = uid, name, c, s, tags, bold, icon, fg, lang
        self.parts, self.off, self.kids = [], 0, []

    def rt(self, text, **attrs):
        a = "".join(f" {k}={quoteattr(v)}" for k, v in attrs.items())
        self.parts.append(f"<rich_text{a}>{escape(text)}</rich_text>")
        self.off += len(text)
        return self

    def code(self, text, syntax="python3"):
        self.parts.append(f'<codebox char_offset="{self.off}" justification="left" frame_width="560" frame_height="90" '
                          f'width_in_pixels="1" syntax_highlighting="{syntax}" highlight_brackets="1" show_line_numbers="0">{escape(text)}</codebox>')
        self.off += 1
        return self

    def table(self, header, rows):
        r = "".join("<row>" + "".join(f"<cell>{escape(c)}</cell>" for c in row) + "</row>" for row in rows + [header])
        self.parts.append(f'<table char_offset="{self.off}" justification="left" head_front="0" col_widths="{",".join("0" for _ in header)}" '
                          f'is_light="0" col_min="40" col_max="400">{r}</table>')
        self.off += 1
        return self

    def xml(self, ind=1):
        p = "  " * ind
        a = NODE_ATTR.format(name=quoteattr(self.name), uid=self.uid, lang=self.lang, tags=quoteattr(self.tags), icon=self.icon,
                             bold=self.bold, fg=self.fg, c=self.c, s=self.s)
        out = [f"{p}<node {a}>"] + [p + "  " + x for x in self.parts]
        for k in self.kids: out += k.xml(ind + 1)
        return out + [f"{p}</node>"]


A = "https://arxiv.org/abs/"
root = Node(1, "Διδακτορικό — Αυτοεπιβλεπόμενη μάθηση (όραση)", 1698741132, 1709650321, tags="phd ssl", bold=1, icon=18)
root.rt("Σημειώσεις ανάγνωσης\n", scale="h1").rt(
    "Κόμβος-ευρετήριο. Κάθε υποκόμβος = μία οικογένεια μεθόδων. Κόκκινο = να το διαβάσω ξανά πριν τη συνάντηση με τον "
    "επιβλέποντα (Πέμπτη). Βλ. και τον κόμβο ").rt("Εκκρεμότητες", link="node 7").rt(".\n\n").rt(
    "Ιδέα κεφαλαίου 2: αντιθετική μάθηση → μη-αντιθετική → masked image modeling.\n")

n2 = Node(2, "Αντιθετική μάθηση", 1698741530, 1709388812, tags="contrastive", icon=4)
n2.rt("Αντιθετική μάθηση (contrastive)\n", scale="h2").rt("Βασικό: ").rt(T("1911.05722"), link="webs " + A + "1911.05722",
    underline="single", foreground="#0000ff").rt(f" — {au('1911.05722', 3)} Ουρά αρνητικών + momentum encoder.\n").rt(
    "Για σύγκριση με το SimCLR δεν χρειάζεται ξεχωριστό άρθρο στο κεφάλαιο, αρκεί υποσημείωση.\n\n").rt(
    "Με ετικέτες: ", weight="heavy").rt(T("2004.11362") + " (NeurIPS 2020). ").rt(
    "Ίδια απώλεια με τη InfoNCE αλλά θετικά = ίδια κλάση. Χρήσιμο για το πείραμα με τις ετικέτες θορύβου.\n\n").rt(
    "Σκληρά αρνητικά: ", weight="heavy").rt(T("2010.04592") + ", ICLR 2021", style="italic").rt(
    " — δειγματοληψία με βάρη ως προς την ομοιότητα, διόρθωση για ψευδώς αρνητικά.\n\n").rt(
    "Χωρίς επαυξήσεις εικόνας: ").rt(T("2011.04419"), style="italic").rt(
    " (arXiv:2011.04419). Mixup ως θόρυβος — ενδιαφέρον για πίνακες/γράφους, ίσως για το παράρτημα.\n").code(
    "loss = F.cross_entropy(logits / tau, labels)  # InfoNCE, tau=0.07 όπως στο MoCo v1")
n2.rt("\nΤο παραπάνω είναι από το notebook του μαθήματος, όχι δικό μου.\n", foreground="#7f7f7f")

n3 = Node(3, "Χωρίς αρνητικά δείγματα", 1698911803, 1709650321, tags="non-contrastive", icon=4)
n3.rt("Μη-αντιθετικές μέθοδοι\n", scale="h2").rt("1. ").rt(T("2006.07733"), link="webs https://arxiv.org/pdf/2006.07733.pdf",
    underline="single", foreground="#0000ff").rt("\n   online/target δίκτυο, predictor, EMA. Γιατί δεν καταρρέει; (βλ. συζήτηση στο παράρτημα)\n").rt(
    "2. ").rt(T("2103.03230"), link="webs https://proceedings.mlr.press/v139/zbontar21a.html", underline="single",
    foreground="#0000ff").rt("\n   πίνακας ετεροσυσχέτισης → ταυτοτικός. Απλό, καλό baseline.\n").rt(
    "ΝΑ ΞΑΝΑΔΙΑΒΑΣΩ: ενότητα 4 του BYOL πριν την Πέμπτη.\n", foreground="#ff0000", weight="heavy")
n3.table(["Μέθοδος", "Αρνητικά;", "Batch", "Linear eval (ImageNet)"],
         [["MoCo v2", "ναι (ουρά)", "256", "71.1"], ["BYOL", "όχι", "4096", "74.3"], ["Barlow Twins", "όχι", "2048", "73.2"]])
n3.rt("\n(Αριθμοί από τα άρθρα, ResNet-50, 800–1000 εποχές — να τους ελέγξω.)\n")

n4 = Node(4, "Masked image modeling", 1699520917, 1709302276, tags="mim", icon=4)
n4.rt("Masked image modeling\n", scale="h2").rt(T("2106.08254"), link="webs " + A + "2106.08254", underline="single",
    foreground="#0000ff").rt(" — tokenizer (dVAE) και πρόβλεψη οπτικών tokens.\n").rt(
    T("2111.06377"), link="webs https://openaccess.thecvf.com/content/CVPR2022/html/He_Masked_Autoencoders_Are_Scalable_Vision_Learners_CVPR_2022_paper.html",
    underline="single", foreground="#0000ff").rt(" (CVPR 2022) — 75% masking, ελαφρύς decoder, ανακατασκευή pixel.\n").rt(
    "Ερώτηση για τον επιβλέποντα: γιατί το MAE θέλει fine-tuning ενώ τα αντιθετικά τα πάνε καλά σε linear probe;\n", style="italic")

n5 = Node(5, "Εργαλεία & υλικό", 1699009915, 1708102211, tags="tools", icon=31)
n5.rt("Κώδικας / υλικό (όχι άρθρα)\n", scale="h3").rt("• solo-learn: ").rt("https://github.com/vturrisi/solo-learn",
    link="webs https://github.com/vturrisi/solo-learn").rt("\n• VISSL (αρχειοθετημένο)\n• Lil'Log, «Self-Supervised Representation Learning»: ").rt(
    "https://lilianweng.github.io/posts/2019-11-10-self-supervised/", link="webs https://lilianweng.github.io/posts/2019-11-10-self-supervised/").rt(
    "\n• Διάλεξη του μαθήματος «Βαθιά Μάθηση» (εβδομάδα 9), διαφάνειες στο eclass\n").code(
    "python main_pretrain.py --config-path scripts/pretrain/imagenet-100/ --config-name byol.yaml", syntax="sh")
n5.rt("\nImageNet-100 στον server του εργαστηρίου: /data/imagenet100 (ρώτα την Ελένη για πρόσβαση).\n")

n7 = Node(7, "Εκκρεμότητες", 1700208851, 1709650321, tags="todo", icon=13, bold=1, fg="#ff0000")
n7.rt("Εκκρεμότητες\n", scale="h3").rt("☐ να γράψω 1 σελίδα σύνοψη για κάθε κόμβο\n☐ πίνακας σύγκρισης με τα νούμερα του κόμβου ").rt(
    "Χωρίς αρνητικά δείγματα", link="node 3").rt("\n☑ να κατεβάσω τα checkpoints του solo-learn\n☐ email στη γραμματεία για την αίθουσα\n")
root.kids = [n2, n3, n4, n5, n7]
X = ['<?xml version="1.0" encoding="UTF-8"?>', "<cherrytree>", '  <bookmarks list="3,7"/>'] + root.xml() + ["</cherrytree>", ""]
text = "\n".join(X)
write_only(F550, text, keys(F550))
