#!/usr/bin/env python3
"""Builds digests/240_canvas_lms_course_export_wiki_page_norwegian_efficient_attention_week.html: one Canvas LMS
page from a course export (Settings → Export Course Content → Course, the .imscc package, file
`wiki_content/uke-10-effektiv-oppmerksomhet.html`) of an (invented) Norwegian (bokmål) master's course "IN4420 Dyp
læring for språk": the week-10 page with the reading list on efficient attention and state-space models.

Layout, as Canvas's Common Cartridge exporter writes a wiki page: a bare <html><head> with the meta charset line,
<title>, and the page's migration metadata (identifier "g" + 32 hex digits, editing_roles, workflow_state), then
<body> with the page body as the Rich Content Editor stored it (block elements one per line; no <h1>, the page title
is Canvas's; inline styles on tables and spans); links into the course rewritten to the exporter's tokens:
`$IMS-CC-FILEBASE$/…` for course files (an instructure_file_link with data-api-returntype="File" and the
`canvas_download=1&canvas_qs_wrap=1` query), `$WIKI_REFERENCE$/pages/<slug>` for other pages,
`$CANVAS_OBJECT_REFERENCE$/assignments/g<32 hex>` for an assignment; external links with target="_blank"
rel="noopener"; a YouTube embed iframe; and two links copied from last year's rendered page, which still carry
Canvas's rendered "external link" decoration (class="external", the ui-icon-extlink span and the screenreader-only
"(Links to an external site.)" span). LF, a final newline.

Evidence: Reformer's and the Performer paper's OpenReview forums and RFA's OpenReview pdf (link, OpenReview);
Mamba's and FlashAttention's abs URLs behind their titles (link); "arXiv:1904.10509" (Sparse Transformers) and
"arXiv 2006.04768" (Linformer) (arxiv-text); Big Bird, FLASH, Lite Transformer, S4, Transformer-XL (in «…»), the
practical survey and Long Range Arena (title-only). Non-papers: the slides PDF, the assignment, the other weeks'
pages, a YouTube lecture, the xformers and mamba repositories. Names, the course, rooms and ids are invented."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "240_canvas_lms_course_export_wiki_page_norwegian_efficient_attention_week.html")


def mig(s):
    return "g" + hashlib.md5(s.encode()).hexdigest()


EXT = '<span class="ui-icon ui-icon-extlink ui-icon-inline" title="Links to an external site."></span><span class="screenreader-only">&nbsp;(Links to an external site.)</span>'


def ext(url, text):
    return f'<a href="{url}" target="_blank" rel="noopener">{text}</a>'


def ext_old(url, text):
    """a link copied from last year's rendered page: Canvas's rendering decoration came along"""
    return f'<a class="external" href="{url}" target="_blank" rel="noopener"><span>{text}</span>{EXT}</a>'


TITLE = "Uke 10: Effektiv oppmerksomhet og tilstandsrommodeller"
BODY = f"""<h2>Uke 10: Effektiv oppmerksomhet og tilstandsrommodeller</h2>
<p>Denne uka ser vi på hvorfor selvoppmerksomhet koster <em>O</em>(<em>n</em>²) i tid og minne, og på tre familier av løsninger: sparsomme og lavrangs tilnærminger, kjernebaserte metoder og tilstandsrommodeller. Vi avslutter med IO-bevisst eksakt oppmerksomhet, som har endret hva vi regner som «effektivt».</p>
<p>Forelesning tirsdag 10.15–12.00 i Auditorium 2 (strømmes og tas opp som vanlig). Gruppetimene torsdag handler om oblig 2.</p>
<p><a class="instructure_file_link instructure_scribd_file auto_open" title="uke10_effektiv_oppmerksomhet.pdf" href="$IMS-CC-FILEBASE$/Forelesninger/uke10_effektiv_oppmerksomhet.pdf?canvas_download=1&amp;canvas_qs_wrap=1" target="_blank" rel="noopener" data-api-returntype="File">Lysark uke 10 (PDF)</a></p>
<h3>Obligatorisk lesestoff</h3>
<ol>
<li><strong>Generating Long Sequences with Sparse Transformers</strong> (Child, Gray, Radford &amp; Sutskever, 2019), arXiv:1904.10509. Les seksjon 1–4; hopp over detaljene om GPU-kjernene.</li>
<li><strong>Reformer: The Efficient Transformer</strong> (Kitaev, Kaiser &amp; Levskaya, ICLR 2020). {ext_old("https://openreview.net/forum?id=rkgNKkHtvB", "OpenReview")}</li>
<li><strong>Rethinking Attention with Performers</strong> (Choromanski mfl., ICLR 2021). {ext_old("https://openreview.net/forum?id=Ua6zuk0WRH", "OpenReview")} Fokuser på FAVOR+ (seksjon 2–3).</li>
<li>{ext("https://arxiv.org/abs/2205.14135", "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness")} (Dao mfl., NeurIPS 2022)</li>
</ol>
<h3>Anbefalt</h3>
<ul>
<li><strong>Linformer: Self-Attention with Linear Complexity</strong> (Wang mfl., 2020) – arXiv 2006.04768</li>
<li><strong>Big Bird: Transformers for Longer Sequences</strong> (Zaheer mfl., NeurIPS 2020)</li>
<li><strong>Random Feature Attention</strong> (Peng mfl., ICLR 2021) – {ext("https://openreview.net/pdf?id=QtTKTdVrFBB", "PDF")}</li>
<li><strong>Transformer Quality in Linear Time</strong> (Hua, Dai, Liu &amp; Le, ICML 2022), også kjent som FLASH</li>
<li><strong>Lite Transformer with Long-Short Range Attention</strong> (Wu mfl., ICLR 2020) – kort og lettlest</li>
</ul>
<h3>Tilstandsrommodeller</h3>
<ul>
<li><strong>Efficiently Modeling Long Sequences with Structured State Spaces</strong> (Gu, Goel &amp; Ré, ICLR 2022). Tung matematikk; les innledningen og seksjon 3 og se forelesningsvideoen først.</li>
<li>{ext("https://arxiv.org/abs/2312.00752", "Mamba: Linear-Time Sequence Modeling with Selective State Spaces")} (Gu &amp; Dao, 2023). Kode: {ext("https://github.com/state-spaces/mamba", "github.com/state-spaces/mamba")}</li>
</ul>
<h3>Bakgrunn (ikke pensum)</h3>
<p>Hvis dere vil se hvordan rekurrens ble tatt inn i transformere før tilstandsrommodellene, les «Transformer-XL: Attentive Language Models beyond a Fixed-Length Context» (Dai mfl., ACL 2019). En god oversikt over hele feltet er <em>A Practical Survey on Faster and Lighter Transformers</em> (Fournier, Caron &amp; Aloise, ACM Computing Surveys 2023).</p>
<p>Til oblig 2 bruker vi to oppgaver fra <strong>Long Range Arena: A Benchmark for Efficient Transformers</strong> (Tay mfl., ICLR 2021): ListOps og tekstklassifisering på bytenivå. Implementasjonene i {ext("https://github.com/facebookresearch/xformers", "xformers")} kan brukes, men forklar hva dere har endret.</p>
<h3>Oppgaver og frister</h3>
<table style="border-collapse: collapse; width: 100%;" border="1">
<tbody>
<tr>
<td style="width: 25%;"><strong>Hva</strong></td>
<td style="width: 40%;"><strong>Frist</strong></td>
<td style="width: 35%;"><strong>Hvor</strong></td>
</tr>
<tr>
<td style="width: 25%;">Quiz uke 10</td>
<td style="width: 40%;">fredag 8. mars kl. 23.59</td>
<td style="width: 35%;">Canvas</td>
</tr>
<tr>
<td style="width: 25%;"><a title="Oblig 2: Lange sekvenser" href="$CANVAS_OBJECT_REFERENCE$/assignments/{mig("oblig-2")}">Oblig 2: Lange sekvenser</a></td>
<td style="width: 40%;">fredag 22. mars kl. 23.59</td>
<td style="width: 35%;">Canvas (lever PDF + kode som .zip)</td>
</tr>
</tbody>
</table>
<h3>Video</h3>
<p>Forelesningen fra i fjor om samme tema (engelsk, 1 t 20 min):</p>
<p><iframe style="width: 560px; height: 315px;" title="YouTube video player" src="https://www.youtube.com/embed/Rf5W3bq0xWk" width="560" height="315" allowfullscreen="allowfullscreen" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture"></iframe></p>
<p><span style="font-size: 10pt;">Spørsmål om lesestoffet tar vi i diskusjonsforumet, ikke på e-post. – Ingrid og Kristoffer</span></p>
<p>← <a title="Uke 9: Transformere og pretrening" href="$WIKI_REFERENCE$/pages/uke-9-transformere-og-pretrening">Uke 9: Transformere og pretrening</a> | <a title="Uke 11: Modeller for tale" href="$WIKI_REFERENCE$/pages/uke-11-modeller-for-tale">Uke 11: Modeller for tale</a> →</p>"""


def build():
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            f"<title>{TITLE}</title>\n"
            f"<meta name=\"identifier\" content=\"{mig('uke-10-effektiv-oppmerksomhet')}\">\n"
            "<meta name=\"editing_roles\" content=\"teachers\">\n"
            "<meta name=\"workflow_state\" content=\"active\">\n"
            "</head>\n<body>\n" + BODY + "\n</body>\n</html>\n")


if __name__ == "__main__":
    s = build()
    check_no_distractor(s, "240")
    open(OUT, "w", encoding="utf-8", newline="").write(s)
    print(OUT, len(s))
