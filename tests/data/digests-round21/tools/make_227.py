#!/usr/bin/env python3
"""Builds digests/227_zoom_meeting_saved_chat_romanian_cv_journal_club.txt: the in-meeting chat of a Romanian
computer-vision journal club (an invented faculty in Bucharest), saved by the host's Zoom desktop client (macOS) as
`~/Documents/Zoom/2024-03-14 18.00.41 Clubul de lectură CV — ședința 14/meeting_saved_chat.txt`.

Layout, as recent Zoom clients (the "new meeting chat experience", 2023+) write the file: one header line per message,
"HH:MM:SS From <sender> to Everyone:" or "… to <name>:" for a direct message, then every line of the message
prefixed with a tab; threaded replies start with a `Replying to "<first line, cut>"` line and a line holding only the
tab, reactions are their own messages `Reacted to "<…>" with 👍`;
the quoted text is the first line of the earlier message, cut after 20 characters with "..."; LF line ends, a final
newline, UTF-8 without BOM. Wall-clock times (the meeting ran 18:00–19:35). The file holds the public chat and
only the direct messages the host (Andrei Popescu, who saved it) sent or received.

Evidence: COTR's abs link, the motion-transfer paper's pdf v1 link, DINOv2's export.arxiv.org mirror link (link);
"arXiv 2103.14146" (change captioning), "(2006.06882)" (pre-training vs self-training), "(arXiv:2303.11328)"
(Zero-1-to-3) (arxiv-text); PReLU / He init, AlexNet (NeurIPS proceedings page, not on arXiv), the ViT-robustness
paper in Romanian „…” quotes over a three-line paste, MedSelect split over two lines as pasted from a PDF, smooth
adversarial training, 3D Gaussian Splatting (also quoted, cut, in a reply and a reaction) (title-only). Non-papers:
the COTR repository, Google Drive slides, CS231n, the book "Dive into Deep Learning", a Google Form. Several people
write Romanian without diacritics, as people do in chats. Names, links of invented sites and the meeting id are
invented."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "227_zoom_meeting_saved_chat_romanian_cv_journal_club.txt")
CUT = 20
E = "Everyone"
# (time, sender, to, lines); a reply is ("reply", quoted message index, lines); a reaction is ("react", index, emoji)
MSGS = [
    ("18:01:12", "Andrei Popescu", E, ["Bună seara tuturor! Slide-urile de azi sunt aici:",
                                        "https://drive.google.com/file/d/1kQx9mZ3vT0aB7cLhR2yW5nE8sUqJ4pD6/view?usp=sharing"]),
    ("18:01:40", "Ioana Dumitrescu", E, ["Bună seara! 👋"]),
    ("18:02:05", "Bianca Georgescu", E, ["buna seara, se aude un ecou la tine Andrei"]),
    ("18:03:30", "Andrei Popescu", E, ["Azi: COTR + continuăm discuția de data trecută despre ViT vs CNN. Paperul principal:",
                                        "COTR: Correspondence Transformer for Matching Across Images https://arxiv.org/abs/2103.14167"]),
    ("18:04:02", "Radu Ionescu", E, ["codul lor: https://github.com/ubc-vision/COTR (merge și pe CPU, dar încet)"]),
    ("18:06:47", "Mihai Stan", "Andrei Popescu", ["pot să prezint eu data viitoare? am ceva pe segmentare"]),
    ("18:09:15", "Elena Marin", E, ["Pentru cine nu știe de unde vine inițializarea „He”: Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification (ICCV 2015)"]),
    ("18:11:02", "Radu Ionescu", E, ["și ca să fie completă istoria, AlexNet = ImageNet Classification with Deep Convolutional Neural Networks",
                                      "https://papers.nips.cc/paper_files/paper/2012/hash/c399862d3b9d6b76c8436e924a68c45b-Abstract.html"]),
    ("18:14:30", "Ioana Dumitrescu", E, ["Legat de robustețe, lucrarea lui Bhojanapalli et al.:",
                                          "„Understanding Robustness of Transformers for Image Classification”",
                                          "(ICCV 2021) – au și ablații în care scot straturi din ViT"]),
    ("18:16:10", "Bianca Georgescu", E, ["si asta, tot din martie 2021: Describing and Localizing Multiple Changes with Transformers, arXiv 2103.14146"]),
    ("18:19:44", "Cristian Vlad", E, ["pt partea medicala: MedSelect: Selective Labeling for Medical Image Classification Combining",
                                       "Meta-Learning with Deep Reinforcement Learning",
                                       "(scuze, copiat din pdf)"]),
    ("18:20:03", "Andrei Popescu", E, ("react", 10, "👍")),
    ("18:25:51", "Mihai Stan", E, ["Few-Shot Human Motion Transfer by Personalized Geometry and Texture Modeling",
                                    "https://arxiv.org/pdf/2103.14338v1"]),
    ("18:26:30", "Elena Marin", E, ("reply", 12, ["ăsta e cel cu texturile învățate per persoană? arată bine în video"])),
    ("18:31:20", "Elena Marin", E, ["Despre partea adversarială: Smooth Adversarial Training — înlocuiesc ReLU cu activări netede și crește robustețea fără cost la acuratețe"]),
    ("18:35:07", "Radu Ionescu", E, ["+ Rethinking Pre-training and Self-training (2006.06882), Zoph et al. — pe COCO self-training-ul bate pre-antrenarea pe ImageNet când ai multe date"]),
    ("18:41:33", "Ioana Dumitrescu", E, ["DINOv2: Learning Robust Visual Features without Supervision — https://export.arxiv.org/abs/2304.07193",
                                          "(feature-urile lor ar merge și pentru matching, cred)"]),
    ("18:44:10", "Mihai Stan", E, ("reply", 16, ["da, în anexă au rezultate pe keypoint matching"])),
    ("18:52:10", "Bianca Georgescu", E, ["Off-topic dar: 3D Gaussian Splatting for Real-Time Radiance Field Rendering 🔥 cine vrea să-l facem la o ședință?"]),
    ("18:52:58", "Cristian Vlad", E, ("reply", 18, ["eu! și Zero-1-to-3: Zero-shot One Image to 3D Object (arXiv:2303.11328) merge bine cu asta"])),
    ("18:53:20", "Andrei Popescu", E, ("react", 18, "😂")),
    ("18:53:41", "Radu Ionescu", E, ("react", 18, "👍")),
    ("19:05:00", "Elena Marin", E, ["Pentru cine vrea să recapituleze bazele: cursul CS231n (notițele de la Stanford) și cartea „Dive into Deep Learning”, capitolele 7–8"]),
    ("19:12:37", "Bianca Georgescu", "Andrei Popescu", ["mersi pt link-uri, iti trimit maine notitele mele de la sedinta trecuta"]),
    ("19:20:12", "Andrei Popescu", E, ["Data viitoare (joi, 28 martie, 18:00) prezintă Mihai. Propuneri de lucrări în formular:",
                                        "https://forms.gle/Vb7hQ2kPz9sLmN4aA",
                                        "Același link de Zoom, ID 861 2245 0917."]),
    ("19:31:40", "Radu Ionescu", E, ["Mersi, seară bună tuturor!"]),
    ("19:31:52", "Cristian Vlad", E, ("react", 25, "❤️")),
]


def cut(s):
    return s if len(s) <= CUT else s[:CUT] + "..."


def build():
    out = []
    for t, who, to, body in MSGS:
        out.append(f"{t} From {who} to {to}:")
        if isinstance(body, tuple) and body[0] == "react":
            lines = [f'Reacted to "{cut(MSGS[body[1]][3][0])}" with {body[2]}']
        elif isinstance(body, tuple):
            lines = [f'Replying to "{cut(MSGS[body[1]][3][0])}"', ""] + body[2]
        else:
            lines = body
        out += ["\t" + l for l in lines]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    TEXT = build()
    check_no_distractor(TEXT, "227")
    open(OUT, "w", encoding="utf-8", newline="").write(TEXT)
    print(OUT, len(TEXT))
