#!/usr/bin/env python3
"""Builds digests/211_wordpress_wxr_export_greek_diffusion_blog.xml: Tools → Export → "All content" of a Greek
WordPress 6.4 blog ("Νευρωνικές Σημειώσεις"), i.e. a WXR 1.2 file: WordPress's comment header, <rss version="2.0">
with the excerpt/content/wfw/dc/wp namespaces, the channel (title, link, description, pubDate, language el,
wp:wxr_version, base URLs, wp:author, wp:category, wp:tag, generator), then items — two published posts, a draft, a
page and an image attachment — with title, link, pubDate, dc:creator, guid ?p=ID, description, content:encoded (block
editor markup with <!-- wp:… --> comments, in CDATA), excerpt:encoded, wp:post_id, post_date/post_date_gmt (Athens
time, UTC+2 before 31 March 2024, UTC+3 after), modified dates, statuses, wp:post_name (WordPress's percent-encoded
Greek slug), post_type, categories and tags, postmeta and wp:comment blocks (an approved comment, the author's reply
with comment_parent, a pingback). Tabs for indentation as WordPress' export template writes them.

Evidence: DDPM's and LDM's arXiv abs links, DDIM's OpenReview forum link, the SDE paper's OpenReview pdf link, DiffWave's
arXiv pdf link in a reader's comment (link); "(arXiv:1503.03585)" after Sohl-Dickstein et al.'s title and
"arXiv:2207.12598" in a reader's comment (arxiv-text); the GAN paper in the intro, NCSN in a list, guided diffusion in
a table and in prose, «Consistency Models» in Greek quotation marks, SDXL and LSGM in a table (title-only). Non-papers:
Lilian Weng's blog post, the diffusers docs, a CVPR tutorial, a YouTube lecture, the Hugging Face course, the
author's own posts and page, LAION-5B. DDPM, DDIM, NCSN, SDE, CFG, LDM, Stable Diffusion, SDXL, LSGM, DiT, DiffWave,
WaveNet are nicknames. People, e-mails, IP addresses and post ids are invented."""
import os, sys
from datetime import datetime, timedelta
from email.utils import format_datetime
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "211_wordpress_wxr_export_greek_diffusion_blog.xml")
SITE = "https://neuronikes-simeioseis.gr"


def slug(title):
    import re
    s = title.lower()
    s = re.sub(r"[«»:;,.!?()'\"’“”–—]", "", s)
    s = re.sub(r"\s+", "-", s.strip())
    return quote(s, safe="-").lower()


def athens(local):
    d = datetime.strptime(local, "%Y-%m-%d %H:%M:%S")
    off = 3 if d >= datetime(2024, 3, 31, 4, 0) else 2
    return d - timedelta(hours=off)


def cdata(s):
    assert "]]>" not in s
    return "<![CDATA[" + s + "]]>"


def blk(name, inner, attrs=""):
    a = (" " + attrs) if attrs else ""
    return f"<!-- wp:{name}{a} -->\n{inner}\n<!-- /wp:{name} -->"


def p(s):
    return blk("paragraph", f"<p>{s}</p>")


def h(s, level=2):
    return blk("heading", f'<h{level} class="wp-block-heading">{s}</h{level}>', "" if level == 2 else '{"level":%d}' % level)


def ul(items):
    return blk("list", "<ul>" + "".join(blk("list-item", f"<li>{i}</li>") for i in items) + "</ul>")


def a(url, text):
    return f'<a href="{url}">{text}</a>'


POST_A = "\n\n".join([
    p("Πριν από λίγα χρόνια, «παραγωγικό μοντέλο εικόνας» σήμαινε σχεδόν πάντα GAN. Το άρθρο Generative Adversarial "
      "Networks του 2014 άνοιξε έναν δρόμο που κυριάρχησε για μια δεκαετία — και μετά, μέσα σε δύο χρόνια, τα μοντέλα "
      "διάχυσης τον προσπέρασαν. Αυτός είναι ο χάρτης ανάγνωσης που χρησιμοποιώ στο σεμινάριο της ομάδας μας."),
    h("Τα θεμέλια"),
    p("Η ιδέα είναι παλαιότερη απ’ όσο νομίζουμε: Deep Unsupervised Learning using Nonequilibrium Thermodynamics "
      "(arXiv:1503.03585), 2015. Προσθέτεις θόρυβο σε πολλά μικρά βήματα και μαθαίνεις να τον αφαιρείς."),
    ul([a("https://arxiv.org/abs/2006.11239", "Denoising Diffusion Probabilistic Models") + " — το άρθρο που τα έκανε να "
        "δουλεύουν στην πράξη (DDPM). Η απλοποιημένη απώλεια «πρόβλεψε τον θόρυβο» είναι το κλειδί.",
        "Generative Modeling by Estimating Gradients of the Data Distribution — η οπτική των score-based μοντέλων (NCSN), "
        "με Langevin dynamics και πολλά επίπεδα θορύβου.",
        a("https://openreview.net/pdf?id=PxTIG12RRHS", "Score-Based Generative Modeling through Stochastic Differential Equations")
        + " — ενώνει τα δύο παραπάνω σε ένα πλαίσιο με ΣΔΕ· διαβάστε το μετά τα άλλα δύο."]),
    h("Ταχύτερη δειγματοληψία"),
    p("Το DDPM θέλει 1000 βήματα. Το " + a("https://openreview.net/forum?id=St1giarCHLP", "Denoising Diffusion Implicit Models")
      + " (DDIM) δείχνει ότι με μη μαρκοβιανή διαδικασία αρκούν 50. Πιο πρόσφατα, τα «Consistency Models» πάνε "
      "ακόμη πιο μακριά: ένα ή δύο βήματα."),
    h("Καθοδήγηση και ποιότητα"),
    p("Το Diffusion Models Beat GANs on Image Synthesis ήταν η στιγμή που η κοινότητα πείστηκε: classifier guidance και "
      "μια πολύ καλά ρυθμισμένη U-Net. Η καθοδήγηση χωρίς ταξινομητή (CFG) ήρθε λίγο αργότερα και σήμερα τη χρησιμοποιούν "
      "όλοι."),
    blk("quote", '<blockquote class="wp-block-quote">' + p("Αν διαβάσετε μόνο ένα άρθρο από αυτή την ενότητα, διαβάστε το "
        "παράρτημα με τις υπερπαραμέτρους.") + "<cite>σημείωση από τη συνάντηση της 8ης Φεβρουαρίου</cite></blockquote>"),
    h("Λανθάνων χώρος"),
    p("Εδώ ανήκει το " + a("https://arxiv.org/abs/2112.10752", "High-Resolution Image Synthesis with Latent Diffusion Models")
      + " — η βάση του Stable Diffusion. Η διάχυση γίνεται στον χώρο ενός αυτοκωδικοποιητή, όχι στα pixel."),
    blk("table", '<figure class="wp-block-table"><table><thead><tr><th>Άρθρο</th><th>Τι κρατάμε</th><th>Εβδομάδα</th></tr></thead><tbody>'
        "<tr><td>Diffusion Models Beat GANs on Image Synthesis</td><td>classifier guidance, αρχιτεκτονική U-Net</td><td>4</td></tr>"
        "<tr><td>SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis</td><td>μεγαλύτερη U-Net, refiner</td><td>6</td></tr>"
        "<tr><td>Score-based Generative Modeling in Latent Space</td><td>LSGM: VAE + score model, από κοινού εκπαίδευση</td><td>6</td></tr>"
        "</tbody></table></figure>"),
    blk("image", '<figure class="wp-block-image size-large"><img src="' + SITE + '/wp-content/uploads/2024/02/diffusion-timeline-1024x512.png" '
        'alt="Χρονολόγιο μοντέλων διάχυσης 2015–2023" class="wp-image-57"/></figure>', '{"id":57,"sizeSlug":"large","linkDestination":"none"}'),
    h("Όχι άρθρα, αλλά χρήσιμα"),
    ul([a("https://lilianweng.github.io/posts/2021-07-11-diffusion-models/", "What are Diffusion Models?") + " — το blog της Lilian Weng",
        a("https://huggingface.co/docs/diffusers/index", "Τεκμηρίωση του diffusers") + " και το " +
        a("https://huggingface.co/learn/diffusion-course/unit0/1", "μάθημα του Hugging Face"),
        a("https://cvpr2022-tutorial-diffusion-models.github.io/", "CVPR 2022 tutorial") + " (διαφάνειες και βίντεο)",
        a("https://www.youtube.com/watch?v=cS6JQpEY9cs", "Διάλεξη στο YouTube") + " (αγγλικά, 1 ώρα)",
        "Το σύνολο δεδομένων LAION-5B, για όποιον αναρωτιέται από πού προέρχονται οι εικόνες"]),
    p("Στο επόμενο σημείωμα: " + a(SITE + "/2024/03/" + slug("Διάχυση για ήχο") + "/", "διάχυση για ήχο") + ". Σχόλια και διορθώσεις ευπρόσδεκτα!"),
])

POST_B = "\n\n".join([
    p("Σύντομο σημείωμα μετά τη χθεσινή συνάντηση. Η διάχυση δεν είναι μόνο για εικόνες: το DiffWave: A Versatile "
      "Diffusion Model for Audio Synthesis παράγει κυματομορφές απευθείας, υπό συνθήκη (φασματογράφημα mel) ή χωρίς."),
    ul(["μη αυτοπαλινδρομικό, άρα πολύ ταχύτερο από το WaveNet στη σύνθεση",
        "το ίδιο μοντέλο κάνει και άνευ συνθήκης παραγωγή (ψηφία SC09)",
        "ο κώδικας της ομάδας είναι στο " + a("https://github.com/lmnt-com/diffwave", "GitHub") + " (δεν είναι άρθρο, αλλά βοηθά)"]),
    p("Την επόμενη φορά: DiT και μετασχηματιστές αντί για U-Net."),
])

PAGE = "\n\n".join([
    p("Είμαι η Ελένη, μεταδιδακτορική ερευνήτρια στη Θεσσαλονίκη. Γράφω σημειώσεις από τα σεμινάρια ανάγνωσης της ομάδας "
      "μας. Οι απόψεις είναι προσωπικές."),
    p("Επικοινωνία: " + a("mailto:eleni@neuronikes-simeioseis.gr", "eleni@neuronikes-simeioseis.gr")),
])

DRAFT = p("Πρόχειρο — μην δημοσιευτεί ακόμη. Σημειώσεις από το NeurIPS 2023 tutorial για τη γενίκευση σε μοντέλα διάχυσης "
          "(βίντεο στο SlidesLive). Να ελέγξω τα σχήματα πριν από οτιδήποτε.")

I = []  # items as text


def comments_xml(cs):
    out = []
    for c in cs:
        out.append("\t\t<wp:comment>\n"
                   f"\t\t\t<wp:comment_id>{c['id']}</wp:comment_id>\n"
                   f"\t\t\t<wp:comment_author>{cdata(c['author'])}</wp:comment_author>\n"
                   f"\t\t\t<wp:comment_author_email>{cdata(c['email'])}</wp:comment_author_email>\n"
                   f"\t\t\t<wp:comment_author_url>{c['url']}</wp:comment_author_url>\n"
                   f"\t\t\t<wp:comment_author_IP>{cdata(c['ip'])}</wp:comment_author_IP>\n"
                   f"\t\t\t<wp:comment_date>{cdata(c['date'])}</wp:comment_date>\n"
                   f"\t\t\t<wp:comment_date_gmt>{cdata(athens(c['date']).strftime('%Y-%m-%d %H:%M:%S'))}</wp:comment_date_gmt>\n"
                   f"\t\t\t<wp:comment_content>{cdata(c['content'])}</wp:comment_content>\n"
                   f"\t\t\t<wp:comment_approved>{cdata('1')}</wp:comment_approved>\n"
                   f"\t\t\t<wp:comment_type>{cdata(c.get('type', 'comment'))}</wp:comment_type>\n"
                   f"\t\t\t<wp:comment_parent>{c.get('parent', 0)}</wp:comment_parent>\n"
                   f"\t\t\t<wp:comment_user_id>{c.get('user', 0)}</wp:comment_user_id>\n"
                   + "".join(f"\t\t\t<wp:commentmeta>\n\t\t\t\t<wp:meta_key>{cdata(k)}</wp:meta_key>\n\t\t\t\t<wp:meta_value>{cdata(v)}</wp:meta_value>\n\t\t\t</wp:commentmeta>\n"
                             for k, v in c.get("meta", []))
                   + "\t\t</wp:comment>\n")
    return "".join(out)


def item(pid, title, local, content, status="publish", ptype="post", name=None, modified=None, cats=(), comments=(), meta=(),
         parent=0, excerpt="", attachment_url=None, comment_status="open"):
    name = slug(title) if name is None else name
    if status == "draft":
        gmt_s, pub, link = "0000-00-00 00:00:00", "Mon, 30 Nov -0001 00:00:00 +0000", f"{SITE}/?p={pid}"
    else:
        g = athens(local)
        gmt_s = g.strftime("%Y-%m-%d %H:%M:%S")
        pub = format_datetime(g.replace(tzinfo=__import__("datetime").timezone.utc), usegmt=False).replace("-0000", "+0000")
        if ptype == "post":
            link = f"{SITE}/{local[:4]}/{local[5:7]}/{name}/"
        elif ptype == "page":
            link = f"{SITE}/{name}/"
        else:
            link = f"{SITE}/{local[:4]}/{local[5:7]}/{parent_slug}/{name}/"
    modified = modified or local
    guid = attachment_url if ptype == "attachment" else f"{SITE}/?p={pid}"
    s = ("\n\t\t<item>\n"
         f"\t\t<title>{cdata(title)}</title>\n"
         f"\t\t<link>{link}</link>\n"
         f"\t\t<pubDate>{pub}</pubDate>\n"
         f"\t\t<dc:creator>{cdata('eleni')}</dc:creator>\n"
         f"\t\t<guid isPermaLink=\"false\">{guid}</guid>\n"
         "\t\t<description></description>\n"
         f"\t\t<content:encoded>{cdata(content)}</content:encoded>\n"
         f"\t\t<excerpt:encoded>{cdata(excerpt)}</excerpt:encoded>\n"
         f"\t\t<wp:post_id>{pid}</wp:post_id>\n"
         f"\t\t<wp:post_date>{cdata(local)}</wp:post_date>\n"
         f"\t\t<wp:post_date_gmt>{cdata(gmt_s)}</wp:post_date_gmt>\n"
         f"\t\t<wp:post_modified>{cdata(modified)}</wp:post_modified>\n"
         f"\t\t<wp:post_modified_gmt>{cdata(athens(modified).strftime('%Y-%m-%d %H:%M:%S'))}</wp:post_modified_gmt>\n"
         f"\t\t<wp:comment_status>{cdata(comment_status)}</wp:comment_status>\n"
         f"\t\t<wp:ping_status>{cdata('open' if ptype == 'post' else 'closed')}</wp:ping_status>\n"
         f"\t\t<wp:post_name>{cdata(name)}</wp:post_name>\n"
         f"\t\t<wp:status>{cdata(status)}</wp:status>\n"
         f"\t\t<wp:post_parent>{parent}</wp:post_parent>\n"
         "\t\t<wp:menu_order>0</wp:menu_order>\n"
         f"\t\t<wp:post_type>{cdata(ptype)}</wp:post_type>\n"
         f"\t\t<wp:post_password>{cdata('')}</wp:post_password>\n"
         "\t\t<wp:is_sticky>0</wp:is_sticky>\n")
    if attachment_url:
        s += f"\t\t\t\t\t\t\t\t\t\t\t\t<wp:attachment_url>{cdata(attachment_url)}</wp:attachment_url>\n"
    for dom, nice, label in cats:
        s += f"\t\t\t\t\t\t\t\t\t\t<category domain=\"{dom}\" nicename=\"{nice}\">{cdata(label)}</category>\n"
    for k, v in meta:
        s += f"\t\t\t\t\t\t\t\t\t\t\t\t<wp:postmeta>\n\t\t<wp:meta_key>{cdata(k)}</wp:meta_key>\n\t\t<wp:meta_value>{cdata(v)}</wp:meta_value>\n\t\t</wp:postmeta>\n"
    s += comments_xml(comments)
    s += "\t\t\t\t\t\t\t</item>"
    I.append(s)


CAT_ML = ("category", slug("Μηχανική μάθηση"), "Μηχανική μάθηση")
TAG_DIFF = ("post_tag", slug("μοντέλα διάχυσης"), "μοντέλα διάχυσης")
TAG_READ = ("post_tag", slug("σεμινάριο ανάγνωσης"), "σεμινάριο ανάγνωσης")
TAG_AUDIO = ("post_tag", slug("ήχος"), "ήχος")

TITLE_A = "Μοντέλα διάχυσης: ένας χάρτης ανάγνωσης"
parent_slug = slug(TITLE_A)
item(41, TITLE_A, "2024-02-13 10:30:00", POST_A, modified="2024-02-20 21:14:09", cats=[CAT_ML, TAG_DIFF, TAG_READ],
     excerpt="Από τα GAN στη διάχυση: τα άρθρα που διαβάζουμε στο σεμινάριο, με τη σειρά.",
     meta=[("_edit_last", "1"), ("_thumbnail_id", "57")],
     comments=[
         {"id": 12, "author": "Νίκος Αλεξίου", "email": "n.alexiou@example.gr", "url": "", "ip": "2a02:587:c40e:1a00::1b",
          "date": "2024-02-14 09:12:45",
          "content": "Ωραίος χάρτης! Λείπει όμως το Classifier-Free Diffusion Guidance (arXiv:2207.12598) — αφού το "
                     "αναφέρεις, αξίζει δική του γραμμή. Είναι μόλις 8 σελίδες.",
          "meta": [("akismet_result", "false")]},
         {"id": 13, "author": "eleni", "email": "eleni@neuronikes-simeioseis.gr", "url": SITE, "ip": "94.66.58.207",
          "date": "2024-02-14 11:40:02", "parent": 12, "user": 1,
          "content": "Σωστό, το προσθέτω στην ενότητα της καθοδήγησης την επόμενη εβδομάδα. Ευχαριστώ!"},
         {"id": 15, "author": "Σημειώσεις Τεχνητής Νοημοσύνης", "email": "", "url": "https://ai-simeiwseis.example.gr/2024/02/diavasmata/",
          "ip": "185.4.132.18", "date": "2024-02-20 18:02:31", "type": "pingback",
          "content": "[&#8230;] όπως γράφει η Ελένη στον χάρτη ανάγνωσής της για τα μοντέλα διάχυσης [&#8230;]"}])
ATT = SITE + "/wp-content/uploads/2024/02/diffusion-timeline.png"
item(57, "diffusion-timeline", "2024-02-13 10:21:17", "", status="inherit", ptype="attachment", parent=41, attachment_url=ATT,
     comment_status="open", meta=[("_wp_attached_file", "2024/02/diffusion-timeline.png"),
                                  ("_wp_attachment_image_alt", "Χρονολόγιο μοντέλων διάχυσης 2015–2023")])
item(52, "Διάχυση για ήχο", "2024-03-05 19:05:00", POST_B, cats=[CAT_ML, TAG_DIFF, TAG_AUDIO], meta=[("_edit_last", "1")],
     comments=[
         {"id": 19, "author": "Μαρία Κ.", "email": "maria.k@example.com", "url": "", "ip": "2a02:214:8b1c:ad00::4f",
          "date": "2024-04-02 08:47:19",
          "content": "Για όποιον το ψάχνει, το PDF: https://arxiv.org/pdf/2009.09761 — το παράρτημα με τα αποτελέσματα "
                     "χωρίς συνθήκη αξίζει."}])
item(60, "Σημειώσεις NeurIPS 2023 (πρόχειρο)", "2024-03-12 22:10:44", DRAFT, status="draft", name="", meta=[("_edit_last", "1")])
item(2, "Σχετικά", "2023-11-02 17:55:10", PAGE, ptype="page", comment_status="closed", meta=[("_edit_last", "1")])

HEADER = """<?xml version="1.0" encoding="UTF-8" ?>
<!-- This is a WordPress eXtended RSS file generated by WordPress as an export of your site. -->
<!-- It contains information about your site's posts, pages, comments, categories, and other content. -->
<!-- You may use this file to transfer that content from one site to another. -->
<!-- This file is not intended to serve as a complete backup of your site. -->

<!-- To import this information into a WordPress site follow these steps: -->
<!-- 1. Log in to that site as an administrator. -->
<!-- 2. Go to Tools: Import in the WordPress admin panel. -->
<!-- 3. Install the "WordPress" importer from the list. -->
<!-- 4. Activate & Run Importer. -->
<!-- 5. Upload this file using the form provided on that page. -->
<!-- 6. You will first be asked to map the authors in this export file to users -->
<!--    on the site. For each author, you may choose to map to an -->
<!--    existing user on the site or to create a new user. -->
<!-- 7. WordPress will then import each of the posts, pages, comments, categories, etc. -->
<!--    contained in this file into your site. -->

<!-- generator="WordPress/6.4.3" created="2024-04-06 09:31" -->
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/"
>

<channel>
	<title>Νευρωνικές Σημειώσεις</title>
	<link>SITE</link>
	<description>Σημειώσεις ανάγνωσης για μηχανική μάθηση, στα ελληνικά</description>
	<pubDate>Sat, 06 Apr 2024 06:31:27 +0000</pubDate>
	<language>el</language>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>SITE</wp:base_site_url>
	<wp:base_blog_url>SITE</wp:base_blog_url>

		<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[eleni]]></wp:author_login><wp:author_email><![CDATA[eleni@neuronikes-simeioseis.gr]]></wp:author_email><wp:author_display_name><![CDATA[Ελένη Παπαδοπούλου]]></wp:author_display_name><wp:author_first_name><![CDATA[Ελένη]]></wp:author_first_name><wp:author_last_name><![CDATA[Παπαδοπούλου]]></wp:author_last_name></wp:author>

""".replace("SITE", SITE)

TERMS = ""
for tid, (dom, nice, label) in [(1, ("category", "uncategorized", "Χωρίς κατηγορία")), (3, CAT_ML)]:
    TERMS += (f"\t\t<wp:category>\n\t\t<wp:term_id>{tid}</wp:term_id>\n\t\t<wp:category_nicename>{cdata(nice)}</wp:category_nicename>\n"
              f"\t\t<wp:category_parent>{cdata('')}</wp:category_parent>\n\t\t<wp:cat_name>{cdata(label)}</wp:cat_name>\n\t</wp:category>\n")
for tid, (dom, nice, label) in [(5, TAG_DIFF), (6, TAG_READ), (8, TAG_AUDIO)]:
    TERMS += (f"\t\t\t<wp:tag>\n\t\t<wp:term_id>{tid}</wp:term_id>\n\t\t<wp:tag_slug>{cdata(nice)}</wp:tag_slug>\n"
              f"\t\t<wp:tag_name>{cdata(label)}</wp:tag_name>\n\t</wp:tag>\n")

out = (HEADER + TERMS + "\t\n\t<generator>https://wordpress.org/?v=6.4.3</generator>\n" + "\n".join(I) +
       "\n\t</channel>\n</rss>\n")
check_no_distractor(out, "211")
open(OUT, "w", encoding="utf-8", newline="").write(out)
print(OUT, len(out))
