#!/usr/bin/env python3
"""Builds digests/140_zotero_rdf_export_diffusion_collection.rdf: a Zotero 6 "Export Collection…" in the Zotero RDF
format (Export Notes on, Export Files off), of a PhD student's collection on diffusion models.

Written as Zotero's RDF serialiser writes it (translator "Zotero RDF"): `<rdf:RDF` with one namespace per line (rdf,
z, dcterms, bib, foaf, link, dc, vcard, prism), four-space indentation, every item a node whose rdf:about is its
ISBN urn, else its URL, else `#item_N`; item types as Zotero maps them (journalArticle → bib:Article whose
dcterms:isPartOf is a bib:Journal node `urn:issn:…` holding volume, number, title, the DOI and the ISSN;
conferencePaper and preprint → rdf:Description with an inline bib:Journal container (proceedings title) or a
dc:publisher/foaf:Organization (arXiv); webpage and blogPost → bib:Document with a z:Website / z:Blog container;
computerProgram → bib:Data; book → bib:Book); authors as bib:authors/rdf:Seq/rdf:li/foaf:Person (foaf:surname,
foaf:givenName), editors as bib:editors, the publisher place as vcard:adr/vcard:Address/vcard:locality, the
conference as bib:presentedAt/bib:Conference; `link:link rdf:resource="#item_N"` to child attachments (z:Attachment
with dc:title, dcterms:URI of the source, dcterms:dateSubmitted, z:linkMode, link:type) and `dcterms:isReferencedBy`
to child notes (bib:Memo whose rdf:value is the note's HTML, escaped); tags as `dc:subject` strings (manual) or
z:AutomaticTag; Extra as dc:description; the arXiv number as prism:number; DOI / ISSN as `dc:identifier` strings;
URL as dc:identifier/dcterms:URI; z:Collection nodes with dcterms:hasPart at the end."""
import os
from xml.sax.saxutils import escape

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "140_zotero_rdf_export_diffusion_collection.rdf")

HEAD = """<rdf:RDF
 xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns:z="http://www.zotero.org/namespaces/export#"
 xmlns:dcterms="http://purl.org/dc/terms/"
 xmlns:bib="http://purl.org/net/biblio#"
 xmlns:foaf="http://xmlns.com/foaf/0.1/"
 xmlns:link="http://purl.org/rss/1.0/modules/link/"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:vcard="http://nwalsh.com/rdf/vCard#"
 xmlns:prism="http://prismstandard.org/namespaces/1.2/basic/">
"""


def e(s):
    return escape(s, {'"': "&quot;"})


def ind(n):
    return "    " * n


def el(name, text, n):
    return f"{ind(n)}<{name}>{e(text)}</{name}>\n"


def people(tag, names, n=2):
    s = f"{ind(n)}<bib:{tag}>\n{ind(n + 1)}<rdf:Seq>\n"
    for nm in names:
        last, first = nm.split(", ") if ", " in nm else (nm, None)
        s += f"{ind(n + 2)}<rdf:li>\n{ind(n + 3)}<foaf:Person>\n"
        s += el("foaf:surname", last, n + 4)
        if first:
            s += el("foaf:givenName", first, n + 4)
        s += f"{ind(n + 3)}</foaf:Person>\n{ind(n + 2)}</rdf:li>\n"
    return s + f"{ind(n + 1)}</rdf:Seq>\n{ind(n)}</bib:{tag}>\n"


def uri(u, n=2):
    return (f"{ind(n)}<dc:identifier>\n{ind(n + 1)}<dcterms:URI>\n{ind(n + 2)}<rdf:value>{e(u)}</rdf:value>\n"
            f"{ind(n + 1)}</dcterms:URI>\n{ind(n)}</dc:identifier>\n")


def tags(manual=(), auto=(), n=2):
    s = ""
    for t in auto:
        s += (f"{ind(n)}<dc:subject>\n{ind(n + 1)}<z:AutomaticTag>\n{ind(n + 2)}<rdf:value>{e(t)}</rdf:value>\n"
              f"{ind(n + 1)}</z:AutomaticTag>\n{ind(n)}</dc:subject>\n")
    for t in manual:
        s += el("dc:subject", t, n)
    return s


def org(name, place=None, n=2):
    s = f"{ind(n)}<dc:publisher>\n{ind(n + 1)}<foaf:Organization>\n"
    if place:
        s += (f"{ind(n + 2)}<vcard:adr>\n{ind(n + 3)}<vcard:Address>\n{el('vcard:locality', place, n + 4)}"
              f"{ind(n + 3)}</vcard:Address>\n{ind(n + 2)}</vcard:adr>\n")
    s += el("foaf:name", name, n + 2)
    return s + f"{ind(n + 1)}</foaf:Organization>\n{ind(n)}</dc:publisher>\n"


def container(kind, fields, n=2):
    s = f"{ind(n)}<dcterms:isPartOf>\n{ind(n + 1)}<{kind}>\n"
    for k, v in fields:
        s += el(k, v, n + 2)
    return s + f"{ind(n + 1)}</{kind}>\n{ind(n)}</dcterms:isPartOf>\n"


def conference(name, n=2):
    return (f"{ind(n)}<bib:presentedAt>\n{ind(n + 1)}<bib:Conference>\n{el('dc:title', name, n + 2)}"
            f"{ind(n + 1)}</bib:Conference>\n{ind(n)}</bib:presentedAt>\n")


def links(ids, n=2):
    return "".join(f'{ind(n)}<link:link rdf:resource="#item_{i}"/>\n' for i in ids)


def memos(ids, n=2):
    return "".join(f'{ind(n)}<dcterms:isReferencedBy rdf:resource="#item_{i}"/>\n' for i in ids)


def attachment(i, title, url, added, mode, mime, path=None):
    s = f'{ind(1)}<z:Attachment rdf:about="#item_{i}">\n{el("z:itemType", "attachment", 2)}'
    if path:
        s += f'{ind(2)}<rdf:resource rdf:resource="{e(path)}"/>\n'
    s += el("dc:title", title, 2)
    if url:
        s += uri(url) + el("dcterms:dateSubmitted", added, 2)
    s += el("z:linkMode", str(mode), 2)
    if mime:
        s += el("link:type", mime, 2)
    return s + f"{ind(1)}</z:Attachment>\n"


def memo(i, html):
    return f'{ind(1)}<bib:Memo rdf:about="#item_{i}">\n{el("rdf:value", html, 2)}{ind(1)}</bib:Memo>\n'


X = []

# 1 — GAN, imported from arXiv as a preprint (Zotero 6 arXiv translator)
X.append('    <rdf:Description rdf:about="http://arxiv.org/abs/1406.2661">\n'
         + el("z:itemType", "preprint", 2) + org("arXiv")
         + people("authors", ["Goodfellow, Ian J.", "Pouget-Abadie, Jean", "Mirza, Mehdi", "Xu, Bing",
                              "Warde-Farley, David", "Ozair, Sherjil", "Courville, Aaron", "Bengio, Yoshua"])
         + links([412, 413])
         + tags(["background", "ch3"], ["Computer Science - Machine Learning", "Statistics - Machine Learning"])
         + el("dc:title", "Generative Adversarial Networks", 2)
         + el("dcterms:abstract", "A generator and a discriminator are trained against each other in a minimax "
                                  "game; at the optimum the generator recovers the data distribution.", 2)
         + el("dc:date", "2014-06-10", 2) + el("z:libraryCatalog", "arXiv.org", 2)
         + uri("http://arxiv.org/abs/1406.2661") + el("dcterms:dateSubmitted", "2023-10-04 09:12:51", 2)
         + el("dc:description", "arXiv:1406.2661 [cs, stat]", 2)
         + el("dc:identifier", "DOI 10.48550/arXiv.1406.2661", 2)
         + el("prism:number", "arXiv:1406.2661", 2)
         + "    </rdf:Description>\n")
X.append(attachment(412, "arXiv Fulltext PDF", "https://arxiv.org/pdf/1406.2661.pdf", "2023-10-04 09:12:58", 1,
                    "application/pdf"))
X.append(attachment(413, "arXiv.org Snapshot", "https://arxiv.org/abs/1406.2661", "2023-10-04 09:13:04", 1,
                    "text/html"))

# 2 — Sohl-Dickstein et al., from PMLR
X.append('    <rdf:Description rdf:about="https://proceedings.mlr.press/v37/sohl-dickstein15.html">\n'
         + el("z:itemType", "conferencePaper", 2)
         + container("bib:Journal", [("dc:title", "Proceedings of the 32nd International Conference on Machine "
                                                  "Learning"), ("prism:volume", "37")])
         + org("PMLR", "Lille, France")
         + people("authors", ["Sohl-Dickstein, Jascha", "Weiss, Eric", "Maheswaranathan, Niru", "Ganguli, Surya"])
         + people("editors", ["Bach, Francis", "Blei, David"])
         + links([418]) + memos([419])
         + tags(["background", "ch3", "must-cite"])
         + el("dc:title", "Deep Unsupervised Learning using Nonequilibrium Thermodynamics", 2)
         + el("dcterms:abstract", "Slowly destroys structure in data with an iterative forward diffusion process "
                                  "and learns a reverse process that restores it, giving a tractable generative "
                                  "model.", 2)
         + el("dc:date", "2015-06-01", 2) + el("z:language", "en", 2)
         + el("z:libraryCatalog", "proceedings.mlr.press", 2)
         + uri("https://proceedings.mlr.press/v37/sohl-dickstein15.html")
         + el("dcterms:dateSubmitted", "2023-10-04 09:20:33", 2) + el("bib:pages", "2256-2265", 2)
         + conference("International Conference on Machine Learning")
         + "    </rdf:Description>\n")
X.append(attachment(418, "Full Text PDF", "http://proceedings.mlr.press/v37/sohl-dickstein15.pdf",
                    "2023-10-04 09:20:41", 1, "application/pdf"))
X.append(memo(419, "<p><strong>The</strong> original diffusion paper (2015). Appendix B has the Gaussian reverse "
                   "kernel; DDPM is basically this + the epsilon parameterisation. Cite next to the SDE view.</p>"))

# 3 — DDIM, saved from OpenReview
X.append('    <rdf:Description rdf:about="https://openreview.net/forum?id=St1giarCHLP">\n'
         + el("z:itemType", "conferencePaper", 2)
         + container("bib:Journal", [("dc:title", "International Conference on Learning Representations")])
         + people("authors", ["Song, Jiaming", "Meng, Chenlin", "Ermon, Stefano"])
         + links([425]) + memos([426])
         + tags(["sampling", "ch3"])
         + el("dc:title", "Denoising Diffusion Implicit Models", 2)
         + el("dcterms:abstract", "A non-Markovian forward process with the same training objective as DDPMs "
                                  "whose reverse process can be deterministic and 10–50× faster to sample.", 2)
         + el("dc:date", "2021", 2) + el("z:language", "en", 2) + el("z:libraryCatalog", "openreview.net", 2)
         + uri("https://openreview.net/forum?id=St1giarCHLP")
         + el("dcterms:dateSubmitted", "2023-10-05 16:02:10", 2)
         + conference("ICLR 2021")
         + "    </rdf:Description>\n")
X.append(attachment(425, "Full Text PDF", "https://openreview.net/pdf?id=St1giarCHLP", "2023-10-05 16:02:18", 1,
                    "application/pdf"))
X.append(memo(426, "<div data-schema-version=\"8\"><p>Read together with <em>Score-Based Generative Modeling "
                   "through Stochastic Differential Equations</em> (same ICLR) – the probability-flow ODE is DDIM "
                   "in disguise. η=0 ⇒ deterministic.</p></div>"))

# 4 — guided diffusion: NeurIPS, Extra keeps the arXiv number
X.append('    <rdf:Description rdf:about="#item_431">\n'
         + el("z:itemType", "conferencePaper", 2)
         + container("bib:Journal", [("dc:title", "Advances in Neural Information Processing Systems"),
                                     ("prism:volume", "34")])
         + org("Curran Associates, Inc.")
         + people("authors", ["Dhariwal, Prafulla", "Nichol, Alexander"])
         + people("editors", ["Ranzato, M.", "Beygelzimer, A.", "Dauphin, Y.", "Liang, P. S.", "Vaughan, J. Wortman"])
         + links([432])
         + tags(["guidance", "ch3", "must-cite"])
         + el("dc:title", "Diffusion Models Beat GANs on Image Synthesis", 2)
         + el("dc:date", "2021", 2)
         + el("dcterms:dateSubmitted", "2023-10-05 16:30:02", 2)
         + el("dc:description", "arXiv: 2105.05233\nADM / classifier guidance. ImageNet 256 FID 4.59 with guidance.",
              2)
         + el("bib:pages", "8780–8794", 2)
         + "    </rdf:Description>\n")
X.append(attachment(432, "Full Text PDF",
                    "https://proceedings.neurips.cc/paper_files/paper/2021/file/"
                    "49ad23d1ec9fa4bd8d77d02681df5cfa-Paper.pdf", "2023-10-05 16:30:09", 1, "application/pdf"))

# 5 — classifier-free guidance: entered by hand as a workshop paper, only its PDF attachment points at arXiv
X.append('    <bib:Article rdf:about="#item_437">\n'
         + el("z:itemType", "journalArticle", 2)
         + container("bib:Journal", [("dc:title", "NeurIPS 2021 Workshop on Deep Generative Models and "
                                                  "Downstream Applications")])
         + people("authors", ["Ho, Jonathan", "Salimans, Tim"])
         + links([438])
         + tags(["guidance", "ch3", "must-cite"])
         + el("dc:title", "Classifier-Free Diffusion Guidance", 2)
         + el("dc:date", "2021-12", 2)
         + el("dcterms:dateSubmitted", "2023-10-05 16:41:55", 2)
         + el("dc:description", "Workshop version (Dec 2021); the arXiv upload is from July 2022. Cite the workshop, w=0.3 in their Table 1.", 2)
         + "    </bib:Article>\n")
X.append(attachment(438, "Ho and Salimans - 2021 - Classifier-Free Diffusion Guidance.pdf",
                    "https://arxiv.org/pdf/2207.12598v1", "2023-10-05 16:42:03", 1, "application/pdf"))

# 6 — LDM from CVF open access
X.append('    <rdf:Description rdf:about="https://openaccess.thecvf.com/content/CVPR2022/html/Rombach_High-Resolution'
         '_Image_Synthesis_With_Latent_Diffusion_Models_CVPR_2022_paper.html">\n'
         + el("z:itemType", "conferencePaper", 2)
         + container("bib:Journal", [("dc:title", "Proceedings of the IEEE/CVF Conference on Computer Vision and "
                                                  "Pattern Recognition")])
         + people("authors", ["Rombach, Robin", "Blattmann, Andreas", "Lorenz, Dominik", "Esser, Patrick",
                              "Ommer, Björn"])
         + links([444]) + memos([445])
         + tags(["latent", "ch3", "must-cite"])
         + el("dc:title", "High-Resolution Image Synthesis With Latent Diffusion Models", 2)
         + el("dc:date", "2022", 2) + el("z:language", "en", 2)
         + el("z:libraryCatalog", "openaccess.thecvf.com", 2)
         + uri("https://openaccess.thecvf.com/content/CVPR2022/html/Rombach_High-Resolution_Image_Synthesis_With_"
               "Latent_Diffusion_Models_CVPR_2022_paper.html")
         + el("dcterms:dateSubmitted", "2023-10-06 10:11:47", 2) + el("bib:pages", "10684-10695", 2)
         + "    </rdf:Description>\n")
X.append(attachment(444, "Full Text PDF",
                    "https://openaccess.thecvf.com/content/CVPR2022/papers/Rombach_High-Resolution_Image_Synthesis_"
                    "With_Latent_Diffusion_Models_CVPR_2022_paper.pdf", "2023-10-06 10:11:52", 1, "application/pdf"))
X.append(memo(445, "<p>LDM = the \"Stable Diffusion\" paper. f=4/f=8 autoencoders, cross-attention "
                   "conditioning. SD 1.5 / SDXL weights are NOT this paper's checkpoints – don't mix them up in "
                   "the related-work table.</p>"))

# 7 — textual inversion, preprint
X.append('    <rdf:Description rdf:about="http://arxiv.org/abs/2208.01618">\n'
         + el("z:itemType", "preprint", 2) + org("arXiv")
         + people("authors", ["Gal, Rinon", "Alaluf, Yuval", "Atzmon, Yuval", "Patashnik, Or", "Bermano, Amit H.",
                              "Chechik, Gal", "Cohen-Or, Daniel"])
         + links([451])
         + tags(["personalization"], ["Computer Science - Computer Vision and Pattern Recognition",
                                      "Computer Science - Graphics"])
         + el("dc:title", "An Image is Worth One Word: Personalizing Text-to-Image Generation using Textual "
                          "Inversion", 2)
         + el("dc:date", "2022-08-02", 2) + el("z:shortTitle", "An Image is Worth One Word", 2)
         + el("z:libraryCatalog", "arXiv.org", 2)
         + uri("http://arxiv.org/abs/2208.01618") + el("dcterms:dateSubmitted", "2023-10-06 10:30:15", 2)
         + el("dc:description", "arXiv:2208.01618 [cs]", 2)
         + el("dc:identifier", "DOI 10.48550/arXiv.2208.01618", 2)
         + el("prism:number", "arXiv:2208.01618", 2)
         + "    </rdf:Description>\n")
X.append(attachment(451, "arXiv Fulltext PDF", "https://arxiv.org/pdf/2208.01618.pdf", "2023-10-06 10:30:20", 1,
                    "application/pdf"))

# 8 — DreamBooth from CVF
X.append('    <rdf:Description rdf:about="https://openaccess.thecvf.com/content/CVPR2023/html/Ruiz_DreamBooth_Fine'
         '_Tuning_Text-to-Image_Diffusion_Models_for_Subject-Driven_Generation_CVPR_2023_paper.html">\n'
         + el("z:itemType", "conferencePaper", 2)
         + container("bib:Journal", [("dc:title", "Proceedings of the IEEE/CVF Conference on Computer Vision and "
                                                  "Pattern Recognition")])
         + people("authors", ["Ruiz, Nataniel", "Li, Yuanzhen", "Jampani, Varun", "Pritch, Yael", "Rubinstein, "
                              "Michael", "Aberman, Kfir"])
         + links([456])
         + tags(["personalization"])
         + el("dc:title", "DreamBooth: Fine Tuning Text-to-Image Diffusion Models for Subject-Driven Generation", 2)
         + el("dc:date", "2023", 2) + el("z:language", "en", 2) + el("z:shortTitle", "DreamBooth", 2)
         + el("z:libraryCatalog", "openaccess.thecvf.com", 2)
         + uri("https://openaccess.thecvf.com/content/CVPR2023/html/Ruiz_DreamBooth_Fine_Tuning_Text-to-Image_"
               "Diffusion_Models_for_Subject-Driven_Generation_CVPR_2023_paper.html")
         + el("dcterms:dateSubmitted", "2023-10-06 10:33:02", 2) + el("bib:pages", "22500-22510", 2)
         + "    </rdf:Description>\n")
X.append(attachment(456, "Full Text PDF",
                    "https://openaccess.thecvf.com/content/CVPR2023/papers/Ruiz_DreamBooth_Fine_Tuning_Text-to-Image_"
                    "Diffusion_Models_for_Subject-Driven_Generation_CVPR_2023_paper.pdf", "2023-10-06 10:33:09", 1,
                    "application/pdf"))

# 9 — ControlNet, ICCV; type changed from preprint, Extra kept the arXiv line
X.append('    <rdf:Description rdf:about="https://openaccess.thecvf.com/content/ICCV2023/html/Zhang_Adding_'
         'Conditional_Control_to_Text-to-Image_Diffusion_Models_ICCV_2023_paper.html">\n'
         + el("z:itemType", "conferencePaper", 2)
         + container("bib:Journal", [("dc:title", "Proceedings of the IEEE/CVF International Conference on "
                                                  "Computer Vision")])
         + people("authors", ["Zhang, Lvmin", "Rao, Anyi", "Agrawala, Maneesh"])
         + tags(["conditioning", "ch3"], ["Computer Science - Computer Vision and Pattern Recognition"])
         + el("dc:title", "Adding Conditional Control to Text-to-Image Diffusion Models", 2)
         + el("dc:date", "2023", 2) + el("z:language", "en", 2)
         + el("z:libraryCatalog", "openaccess.thecvf.com", 2)
         + uri("https://openaccess.thecvf.com/content/ICCV2023/html/Zhang_Adding_Conditional_Control_to_Text-to-"
               "Image_Diffusion_Models_ICCV_2023_paper.html")
         + el("dcterms:dateSubmitted", "2023-10-09 14:55:31", 2)
         + el("dc:description", "arXiv:2302.05543 [cs]\nControlNet. Zero convolutions.", 2)
         + el("bib:pages", "3836-3847", 2)
         + conference("ICCV 2023")
         + "    </rdf:Description>\n")

# 10 — consistency models, PMLR
X.append('    <rdf:Description rdf:about="https://proceedings.mlr.press/v202/song23a.html">\n'
         + el("z:itemType", "conferencePaper", 2)
         + container("bib:Journal", [("dc:title", "Proceedings of the 40th International Conference on Machine "
                                                  "Learning"), ("prism:volume", "202")])
         + org("PMLR", "Honolulu, Hawaii, USA")
         + people("authors", ["Song, Yang", "Dhariwal, Prafulla", "Chen, Mark", "Sutskever, Ilya"])
         + tags(["sampling", "distillation"])
         + el("dc:title", "Consistency Models", 2)
         + el("dc:date", "2023-07-03", 2) + el("z:language", "en", 2)
         + el("z:libraryCatalog", "proceedings.mlr.press", 2)
         + uri("https://proceedings.mlr.press/v202/song23a.html")
         + el("dcterms:dateSubmitted", "2023-10-09 15:04:12", 2)
         + conference("International Conference on Machine Learning")
         + "    </rdf:Description>\n")

# 11 — AlphaFold, journal article
X.append('    <bib:Article rdf:about="https://www.nature.com/articles/s41586-021-03819-2">\n'
         + el("z:itemType", "journalArticle", 2)
         + '        <dcterms:isPartOf rdf:resource="urn:issn:1476-4687"/>\n'
         + people("authors", ["Jumper, John", "Evans, Richard", "Pritzel, Alexander", "Green, Tim",
                              "Figurnov, Michael", "Ronneberger, Olaf", "Tunyasuvunakool, Kathryn", "Bates, Russ",
                              "Žídek, Augustin", "Potapenko, Anna"])
         + links([470])
         + tags(["not-diffusion", "for-intro"], ["Machine learning", "Protein structure predictions"])
         + el("dc:title", "Highly accurate protein structure prediction with AlphaFold", 2)
         + el("dcterms:abstract", "Predicts protein structures with atomic accuracy from sequence, using an "
                                  "attention-based network that reasons over multiple sequence alignments and pair "
                                  "representations.", 2)
         + el("dc:date", "2021-08", 2) + el("z:language", "en", 2)
         + el("z:libraryCatalog", "www.nature.com", 2)
         + uri("https://www.nature.com/articles/s41586-021-03819-2")
         + el("dcterms:dateSubmitted", "2023-10-11 08:47:36", 2)
         + el("dc:rights", "2021 The Author(s)", 2)
         + el("bib:pages", "583-589", 2)
         + "    </bib:Article>\n")
X.append('    <bib:Journal rdf:about="urn:issn:1476-4687">\n'
         + el("prism:volume", "596", 2) + el("dc:title", "Nature", 2)
         + el("dc:identifier", "DOI 10.1038/s41586-021-03819-2", 2) + el("prism:number", "7873", 2)
         + el("dc:identifier", "ISSN 1476-4687", 2)
         + "    </bib:Journal>\n")
X.append(attachment(470, "Full Text PDF", "https://www.nature.com/articles/s41586-021-03819-2.pdf",
                    "2023-10-11 08:47:44", 1, "application/pdf"))

# non-papers: web page, blog post, software, book, standalone note
X.append('    <bib:Document rdf:about="https://lilianweng.github.io/posts/2021-07-11-diffusion-models/">\n'
         + el("z:itemType", "webpage", 2)
         + container("z:Website", [("dc:title", "Lil'Log")])
         + people("authors", ["Weng, Lilian"])
         + tags(["tutorial"])
         + el("dc:title", "What are Diffusion Models?", 2)
         + el("dc:date", "2021-07-11", 2) + el("z:language", "en", 2)
         + uri("https://lilianweng.github.io/posts/2021-07-11-diffusion-models/")
         + el("dcterms:dateSubmitted", "2023-10-04 09:02:18", 2)
         + "    </bib:Document>\n")
X.append('    <bib:Document rdf:about="https://sander.ai/2022/05/26/guidance.html">\n'
         + el("z:itemType", "blogPost", 2)
         + container("z:Blog", [("dc:title", "Sander Dieleman")])
         + people("authors", ["Dieleman, Sander"])
         + tags(["guidance", "tutorial"])
         + el("dc:title", "Guidance: a cheat code for diffusion models", 2)
         + el("dc:date", "2022-05-26", 2) + el("z:language", "en", 2)
         + uri("https://sander.ai/2022/05/26/guidance.html")
         + el("dcterms:dateSubmitted", "2023-10-05 16:45:20", 2)
         + "    </bib:Document>\n")
X.append('    <bib:Data rdf:about="https://github.com/huggingface/diffusers">\n'
         + el("z:itemType", "computerProgram", 2)
         + org("Hugging Face")
         + people("authors", ["von Platen, Patrick", "Patil, Suraj", "Lozhkov, Anton", "Cuenca, Pedro",
                              "Lambert, Nathan", "Rasul, Kashif", "Davaadorj, Mishig", "Wolf, Thomas"])
         + tags(["software"])
         + el("dc:title", "Diffusers: State-of-the-art diffusion models", 2)
         + el("dc:date", "2022", 2)
         + uri("https://github.com/huggingface/diffusers")
         + el("dcterms:dateSubmitted", "2023-10-09 15:20:00", 2)
         + el("prism:edition", "0.21.4", 2)
         + el("z:programmingLanguage", "Python", 2)
         + "    </bib:Data>\n")
X.append('    <bib:Book rdf:about="#item_481">\n'
         + el("z:itemType", "book", 2)
         + org("MIT Press", "Cambridge, MA")
         + people("authors", ["Murphy, Kevin P."])
         + tags(["textbook"])
         + el("dc:title", "Probabilistic Machine Learning: Advanced Topics", 2)
         + el("dc:date", "2023", 2)
         + el("dc:description", "Chapter 25 (diffusion models) for notation.", 2)
         + "    </bib:Book>\n")
X.append(memo(484, "<h1>Ch. 3 outline (Oct 11)</h1>\n<ol>\n<li>score matching → DDPM → SDE view</li>\n<li>fast "
                   "samplers: DDIM, DPM-Solver, consistency</li>\n<li>guidance: ADM, CFG (Ho &amp; Salimans), "
                   "\"Stay on topic\"? (check whether it is in scope)</li>\n<li>latent + personalisation: LDM, "
                   "DreamBooth, TI, ControlNet; SDXL only as a footnote</li>\n</ol>"))

# collections
X.append('    <z:Collection rdf:about="#collection_17">\n' + el("dc:title", "PhD ch. 3 – diffusion", 2)
         + "".join(f'        <dcterms:hasPart rdf:resource="{r}"/>\n' for r in (
             "http://arxiv.org/abs/1406.2661", "https://proceedings.mlr.press/v37/sohl-dickstein15.html",
             "https://openreview.net/forum?id=St1giarCHLP",
             "https://openaccess.thecvf.com/content/CVPR2022/html/Rombach_High-Resolution_Image_Synthesis_With_"
             "Latent_Diffusion_Models_CVPR_2022_paper.html",
             "http://arxiv.org/abs/2208.01618",
             "https://openaccess.thecvf.com/content/CVPR2023/html/Ruiz_DreamBooth_Fine_Tuning_Text-to-Image_"
             "Diffusion_Models_for_Subject-Driven_Generation_CVPR_2023_paper.html",
             "https://openaccess.thecvf.com/content/ICCV2023/html/Zhang_Adding_Conditional_Control_to_Text-to-"
             "Image_Diffusion_Models_ICCV_2023_paper.html",
             "https://proceedings.mlr.press/v202/song23a.html",
             "https://www.nature.com/articles/s41586-021-03819-2",
             "https://lilianweng.github.io/posts/2021-07-11-diffusion-models/",
             "https://github.com/huggingface/diffusers", "#item_481", "#item_484", "#collection_18"))
         + "    </z:Collection>\n")
X.append('    <z:Collection rdf:about="#collection_18">\n' + el("dc:title", "guidance", 2)
         + "".join(f'        <dcterms:hasPart rdf:resource="{r}"/>\n' for r in (
             "#item_431", "#item_437", "https://sander.ai/2022/05/26/guidance.html"))
         + "    </z:Collection>\n")

with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write(HEAD + "".join(X) + "</rdf:RDF>\n")
print("wrote", OUT)
