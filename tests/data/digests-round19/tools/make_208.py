#!/usr/bin/env python3
"""Builds digests/208_joplin_jex_export_dutch_ssl_reading_club.jex: a Joplin desktop notebook ("Leesclub
zelfsupervisie", Dutch) exported as JEX — an uncompressed tar archive (node-tar, "portable": no owner names) with one
`<id>.md` file per item at the top level and the attachments under `resources/<id>.<ext>`. Each item is Joplin's
serialisation (BaseItem.serialize): the title line, an empty line, the body (notes only), an empty line, then
"key: value" metadata lines ending with `type_: N` and no final newline. Types: 1 note, 2 folder (notebook), 4
resource, 5 tag, 6 note-tag link. Ids are 32 hex digits; times are ISO 8601 UTC with milliseconds; note bodies are
Markdown with Joplin's internal links `[text](:/<id>)` and `![…](:/<resource id>)`; a web-clipped note keeps the
page's title ("[2002.05709] A Simple Framework …") and `source_url`; a to-do has `is_todo: 1` and `todo_due`.

Evidence: the clipped SimCLR note (arXiv abs in the body and in source_url), DINO's Markdown link to its abs page,
BEiT's link to its pdf (v2), BYOL read on alphaXiv, the multi-view paper's OpenReview forum link (link);
"Exploring Simple Siamese Representation Learning (2011.10566)" and "Supervised Contrastive Learning, arXiv:2004.11362"
(arxiv-text); MoCo in a table, hard negatives after a dash, "Towards Domain-Agnostic Contrastive Learning" starting a
sentence, MAE in a table cell, the self-supervised VAE paper without its OpenReview link (title-only). Non-papers:
the Lightly benchmarks page, the solo-learn repository, the ImageNet-100 subset, a Teams link, a whiteboard photo.
SimCLR, MoCo v3, BYOL, DINO, DINOv2, CMC, NT-Xent, MAE, BEiT, dVAE are nicknames. Room HG-02.A33, ticket FAC-20931,
people and coordinates (Utrecht) are invented."""
import hashlib, io, os, sys, tarfile
from datetime import datetime, timedelta, timezone
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor
from png import png

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "208_joplin_jex_export_dutch_ssl_reading_club.jex")


def jid(seed):
    return hashlib.md5(("leesclub-" + seed).encode()).hexdigest()


def ts(s):
    """'2024-02-05 14:03:11.482' (UTC) -> Joplin's ISO string"""
    d = datetime.strptime(s, "%Y-%m-%d %H:%M:%S.%f")
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}Z"


def ms(s):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=timezone.utc)
    return int(d.timestamp() * 1000)


ITEMS = []  # (filename, bytes)
LAT, LON = "52.09070000", "5.12140000"


def folder(title, seed, created, updated, parent=""):
    i = jid(seed)
    meta = [("id", i), ("created_time", ts(created)), ("updated_time", ts(updated)), ("user_created_time", ts(created)),
            ("user_updated_time", ts(updated)), ("encryption_cipher_text", ""), ("encryption_applied", "0"), ("parent_id", parent),
            ("is_shared", "0"), ("share_id", ""), ("master_key_id", ""), ("icon", ""), ("user_data", ""), ("deleted_time", "0"), ("type_", "2")]
    ITEMS.append((i + ".md", (title + "\n\n" + "\n".join(f"{k}: {v}" for k, v in meta)).encode()))
    return i


def note(title, seed, parent, created, updated, body, source_url="", is_todo=0, todo_due=0, order=None, author=""):
    i = jid(seed)
    meta = [("id", i), ("parent_id", parent), ("created_time", ts(created)), ("updated_time", ts(updated)), ("is_conflict", "0"),
            ("latitude", LAT), ("longitude", LON), ("altitude", "0.0000"), ("author", author), ("source_url", source_url),
            ("is_todo", str(is_todo)), ("todo_due", str(todo_due)), ("todo_completed", "0"),
            ("source", "clipper" if source_url else "joplin-desktop"),
            ("source_application", "net.cozic.joplin-desktop"), ("application_data", ""), ("order", str(order if order is not None else ms(created))),
            ("user_created_time", ts(created)), ("user_updated_time", ts(updated)), ("encryption_cipher_text", ""),
            ("encryption_applied", "0"), ("markup_language", "1"), ("is_shared", "0"), ("share_id", ""), ("conflict_original_id", ""),
            ("master_key_id", ""), ("user_data", ""), ("deleted_time", "0"), ("type_", "1")]
    ITEMS.append((i + ".md", (title + "\n\n" + body + "\n\n" + "\n".join(f"{k}: {v}" for k, v in meta)).encode()))
    return i


def tag(title, seed, created):
    i = jid(seed)
    meta = [("id", i), ("created_time", ts(created)), ("updated_time", ts(created)), ("user_created_time", ts(created)),
            ("user_updated_time", ts(created)), ("encryption_cipher_text", ""), ("encryption_applied", "0"), ("is_shared", "0"),
            ("parent_id", ""), ("user_data", ""), ("type_", "5")]
    ITEMS.append((i + ".md", (title + "\n\n" + "\n".join(f"{k}: {v}" for k, v in meta)).encode()))
    return i


def note_tag(n, t, created):
    i = jid("nt-" + n + t)
    meta = [("id", i), ("note_id", n), ("tag_id", t), ("created_time", ts(created)), ("updated_time", ts(created)),
            ("user_created_time", ts(created)), ("user_updated_time", ts(created)), ("encryption_cipher_text", ""),
            ("encryption_applied", "0"), ("is_shared", "0"), ("type_", "6")]
    ITEMS.append((i + ".md", "\n".join(f"{k}: {v}" for k, v in meta).encode()))


def resource(title, seed, data, created):
    i = jid(seed)
    meta = [("id", i), ("mime", "image/png"), ("filename", ""), ("created_time", ts(created)), ("updated_time", ts(created)),
            ("user_created_time", ts(created)), ("user_updated_time", ts(created)), ("file_extension", "png"),
            ("encryption_cipher_text", ""), ("encryption_applied", "0"), ("encryption_blob_encrypted", "0"), ("size", str(len(data))),
            ("is_shared", "0"), ("share_id", ""), ("master_key_id", ""), ("user_data", ""), ("blob_updated_time", str(ms(created))),
            ("ocr_text", ""), ("ocr_details", ""), ("ocr_status", "0"), ("ocr_error", ""), ("type_", "4")]
    ITEMS.append((i + ".md", (title + "\n\n" + "\n".join(f"{k}: {v}" for k, v in meta)).encode()))
    ITEMS.append(("resources/" + i + ".png", data))
    return i


root = folder("Leesclub zelfsupervisie", "root", "2024-01-22 09:14:02.118", "2024-01-22 09:14:02.118")
sess = folder("Sessies", "sessies", "2024-01-22 09:15:40.551", "2024-01-22 09:15:40.551", parent=root)

simclr = jid("simclr")
dino = jid("dino")
byol = jid("byol")
mask = jid("mask")
multi = jid("multi")

note("Overzicht & planning", "overzicht", root, "2024-01-22 09:20:13.004", "2024-03-07 20:41:55.390",
     "# Leesclub zelfsupervisie — voorjaar 2024\n\n"
     "Elke donderdag 16:00–17:00 in zaal HG-02.A33 (de Teams-link staat in de agenda-uitnodiging). De zaal is "
     "gereserveerd via het facilitair loket, ticket FAC-20931.\n\n"
     "## Planning\n\n"
     "| Week | Paper | Wie |\n"
     "|------|-------|-----|\n"
     f"| 6 | SimCLR, zie [de clip](:/{simclr}) | Sanne |\n" +
     "| 7 | Momentum Contrast for Unsupervised Visual Representation Learning | Daan |\n"
     f"| 8 | [BYOL](:/{byol}) | Bram |\n" +
     f"| 9 | [DINO](:/{dino}) | Femke |\n" +
     f"| 10 | [Maskeren: MAE + BEiT](:/{mask}) | Sanne |\n" +
     f"| 11 | [Multi-view & generatief](:/{multi}) | Daan |\n\n" +
     "MoCo v3 (de ViT-versie) laten we weg, anders wordt week 7 te vol.\n\n"
     "## Reservelijst\n\n"
     "- Exploring Simple Siamese Representation Learning (2011.10566) – kort, past in een halve sessie na BYOL\n"
     "- Supervised Contrastive Learning, arXiv:2004.11362 — de gelabelde variant van de contrastieve loss; "
     "relevant voor het project van Daan\n"
     "- Contrastive Learning with Hard Negative Samples – hoe kies je moeilijke negatieven zonder labels?\n"
     "- Towards Domain-Agnostic Contrastive Learning is het enige paper op de lijst dat niet alleen over beelden gaat "
     "(ook tabulaire data en tekst), dus misschien iets voor de gastsessie met de NLP-groep.\n\n"
     "## Geen papers, wel handig\n\n"
     "- Lightly benchmarks: https://docs.lightly.ai/self-supervised-learning/getting_started/benchmarks.html\n"
     "- solo-learn (implementaties van bijna alles hierboven): https://github.com/vturrisi/solo-learn\n"
     "- ImageNet-100-subset: de klassenlijst staat in de gedeelde map `leesclub/data/in100.txt`\n\n"
     "Begroting GPU-uren: 1.250 uur aangevraagd, 812 toegekend (aanvraag 2024-017).",
     order=1705915213004)

note("[2002.05709] A Simple Framework for Contrastive Learning of Visual Representations", "simclr", sess,
     "2024-02-05 14:03:11.482", "2024-02-08 15:52:30.017",
     "https://arxiv.org/abs/2002.05709\n\n"
     "Sanne, week 6. Kernpunten:\n\n"
     "- sterke augmentaties (random crop + kleurvervorming) zijn belangrijker dan de architectuur\n"
     "- de projectiekop *g(·)* na het pretrainen weggooien; representatie vóór de kop is beter\n"
     "- NT-Xent-loss met temperatuur 0,5; batchgrootte 4096 → TPU's, voor ons onhaalbaar\n\n"
     "> Onze reproductie op ImageNet-100 (ResNet-18, 200 epochs, batch 512): 74,3% lineaire evaluatie.\n\n"
     "Vraag voor de discussie: waarom helpt een *niet-lineaire* kop meer dan een lineaire?",
     source_url="https://arxiv.org/abs/2002.05709")

whiteboard = png(48, 32, lambda x, y: (250, 250, 246) if (x + y) % 11 else (40, 60, 140))
res = resource("whiteboard-dino.png", "res-whiteboard", whiteboard, "2024-02-29 16:48:09.733")

note("Sessie 9 — DINO", "dino", sess, "2024-02-26 10:02:44.650", "2024-02-29 16:50:02.914",
     "Femke presenteert [Emerging Properties in Self-Supervised Vision Transformers](https://arxiv.org/abs/2104.14294).\n\n"
     f"![whiteboard-dino.png](:/{res})\n\n"
     "- zelfdistillatie zonder labels: student en teacher (EMA van de student), *centering* + *sharpening*\n"
     "- de attention maps van de [CLS]-token geven segmentaties \"gratis\"\n"
     "- k-NN-evaluatie werkt verrassend goed (ViT-S/8)\n"
     "- DINOv2 slaan we over; dat is vooral een data-paper\n\n"
     "Vragen:\n\n"
     "1. Waarom voorkomt centering collapse, en waarom is sharpening dan nog nodig?\n"
     "2. Is de multi-crop-strategie eigenlijk het belangrijkste ingrediënt?")

note("BYOL – aantekeningen", "byol", sess, "2024-02-12 19:31:07.208", "2024-02-15 17:05:48.366",
     "**Bootstrap your own latent: A new approach to self-supervised Learning** — gelezen via "
     "https://www.alphaxiv.org/abs/2006.07733 (de discussie onder het paper is de moeite waard).\n\n"
     "* geen negatieven; online netwerk + predictor, target = EMA\n"
     "* waarom collapst het niet? De predictor en de EMA samen — zie ook de SimSiam-discussie\n"
     "* Bram: batchnorm-discussie (de blogpost van untitled-ai) meenemen, maar dat is geen paper\n\n"
     "- [x] slides rondgestuurd\n- [ ] code-snippet voor de EMA-update in de gedeelde map")

note("Maskeren: MAE + BEiT", "mask", sess, "2024-03-04 08:40:19.091", "2024-03-07 20:39:12.555",
     "Twee papers in één sessie (Sanne):\n\n"
     "| | MAE | BEiT |\n"
     "|---|---|---|\n"
     "| Paper | Masked Autoencoders Are Scalable Vision Learners | [BEiT: BERT Pre-Training of Image Transformers](https://arxiv.org/pdf/2106.08254v2) |\n"
     "| Doel | pixels reconstrueren | visuele tokens (dVAE) voorspellen |\n"
     "| Maskratio | 75% | ± 40% |\n"
     "| Encoder ziet | alleen zichtbare patches | alle patches (+ [M]-token) |\n\n"
     "Conclusie van de groep: MAE is eenvoudiger en sneller, BEiT heeft de tokenizer nodig.")

note("Multi-view & generatief", "multi", sess, "2024-03-07 20:12:55.802", "2024-03-07 20:44:01.129",
     "Daan wil voor week 11 twee theoretischere papers:\n\n"
     "* Self-supervised Learning from a Multi-view Perspective — https://openreview.net/forum?id=-bdp_8Itjwp "
     "(ICLR 2021). Leest contrastief leren en voorspellend leren als twee kanten van hetzelfde "
     "informatietheoretische verhaal.\n"
     "* Self-Supervised Variational Auto-Encoders — ook een ICLR-inzending; de OpenReview-pagina moet ik nog opzoeken.\n\n"
     "Niet verwarren met CMC (ander paper, andere auteurs).")

todo = note("Zaal HG-02.A33 reserveren voor april", "todo-zaal", root, "2024-03-07 20:45:30.000", "2024-03-07 20:46:12.447",
            "- [ ] mail naar het facilitair loket (ticket FAC-20931 verlengen)\n- [x] Teams-vergadering verlengen tot juni",
            is_todo=1, todo_due=ms("2024-03-21 09:00:00.000"))

t_lc = tag("leesclub", "tag-leesclub", "2024-01-22 09:21:00.100")
t_con = tag("contrastief", "tag-contrastief", "2024-02-05 14:05:00.200")
t_tl = tag("te-lezen", "tag-te-lezen", "2024-01-22 09:22:30.300")
for n, t, c in [(jid("overzicht"), t_lc, "2024-01-22 09:21:00.100"), (jid("overzicht"), t_tl, "2024-01-22 09:22:30.300"),
                (simclr, t_lc, "2024-02-05 14:05:00.200"), (simclr, t_con, "2024-02-05 14:05:00.200"), (byol, t_lc, "2024-02-12 19:32:00.000"),
                (dino, t_lc, "2024-02-26 10:03:00.000"), (mask, t_lc, "2024-03-04 08:41:00.000"), (multi, t_lc, "2024-03-07 20:13:00.000"),
                (multi, t_tl, "2024-03-07 20:13:00.000")]:
    note_tag(n, t, c)

allt = b"\n".join(b for n, b in ITEMS if n.endswith(".md")).decode()
check_no_distractor(allt, "208")

MTIME = 1709844400  # 2024-03-07 20:46:40 UTC, the export
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tf:
    dirs_done = False
    for name, data in sorted(ITEMS, key=lambda it: (it[0].startswith("resources/"), it[0])):
        if name.startswith("resources/") and not dirs_done:
            di = tarfile.TarInfo("resources/")
            di.type, di.mode, di.mtime = tarfile.DIRTYPE, 0o755, MTIME
            tf.addfile(di)
            dirs_done = True
        ti = tarfile.TarInfo(name)
        ti.size, ti.mode, ti.mtime = len(data), 0o644, MTIME
        tf.addfile(ti, io.BytesIO(data))
open(OUT, "wb").write(buf.getvalue())
print(OUT, len(buf.getvalue()), len(ITEMS))
