#!/usr/bin/env python3
"""Builds digests/203_hindi_medium_export_html_word_embeddings_history.html: one post from a Medium account export
(Settings → "Download your information" → posts/<date>_<slug>-<id>.html), written in Hindi: the export's page (doctype,
<title>, the inline stylesheet, <article class="h-entry">, <h1 class="p-name">, the subtitle section, the body section
with Medium's "graf" markup: name/id per paragraph, graf--title / graf--subtitle / graf-after--<previous kind> /
graf--trailing classes, markup--anchor links with data-href, markup--strong/em, a figure with figcaption, a blockquote,
a list, a pre block; the footer with author, <time class="dt-published">, canonical link and "Exported from Medium").

Evidence: arXiv abs links with the title as link text (word2vec, Sentence-BERT) and an arXiv pdf link (BPE) (link);
"(arXiv:1409.0473)" after Bahdanau et al.'s title (arxiv-text); English titles inside Hindi prose, in <strong> and
<em>, one with its PMLR page (title-only: GloVe next to its project page, ELMo in sentence case, ULMFiT, seq2seq,
Glorot & Bengio not on arXiv). Non-papers: the GloVe project page, the PMLR page is no arXiv evidence, Jay Alammar's
blog post, CS224n lectures, the sentence-transformers docs, a Colab notebook, the author's earlier post. word2vec,
CBOW, skip-gram, ELMo, ULMFiT, BPE, SBERT, BERT, Xavier initialisation are nicknames. Author, ids, dates invented."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "203_hindi_medium_export_html_word_embeddings_history.html")
POST_ID = "3c9f2e1a7b5d"
TITLE = "शब्दों से वेक्टर तक: NLP के नौ पेपर जिन्होंने मेरी सोच बदली"
SUBTITLE = "word2vec से Sentence-BERT तक — हिंदी में एक छोटी पढ़ने की सूची"

STYLE = """
      * {
        font-family: Georgia, Cambria, "Times New Roman", Times, serif;
      }
      html, body {
        margin: 0;
        padding: 0;
      }
      h1 {
        font-size: 50px;
        margin-bottom: 17px;
        color: #333;
      }
      h2 {
        font-size: 24px;
        line-height: 1.6;
        margin: 30px 0 0 0;
        margin-bottom: 18px;
        margin-top: 33px;
        color: #333;
      }
      h3 {
        font-size: 30px;
        margin: 10px 0 20px 0;
        color: #333;
      }
      header {
        width: 640px;
        margin: auto;
      }
      section {
        width: 640px;
        margin: auto;
      }
      section p {
        margin-bottom: 27px;
        font-size: 20px;
        line-height: 1.6;
        color: #333;
      }
      section img {
        max-width: 640px;
      }
      footer {
        padding: 0 20px;
        margin: 50px 0;
        text-align: center;
        font-size: 12px;
      }
      .aspectRatioPlaceholder {
        max-width: auto !important;
        max-height: auto !important;
      }
      .aspectRatioPlaceholder-fill {
        padding-bottom: 0 !important;
      }
      header,
      section[data-field=subtitle],
      section[data-field=description] {
        display: none;
      }
      """

_n = [0]


def nm():
    _n[0] += 1
    return hashlib.md5(f"203/{_n[0]}".encode()).hexdigest()[:4]


def a(href, text, ctx="p"):
    return f'<a href="{href}" data-href="{href}" class="markup--anchor markup--{ctx}-anchor" rel="noopener" target="_blank">{text}</a>'


def strong(t, ctx="p"): return f'<strong class="markup--strong markup--{ctx}-strong">{t}</strong>'
def em(t, ctx="p"): return f'<em class="markup--em markup--{ctx}-em">{t}</em>'
def code(t, ctx="p"): return f'<code class="markup--code markup--{ctx}-code">{t}</code>'


# (kind, html): kinds h3 (title), h4, p, blockquote, figure, pre, li-ul / li-ol
G = [
 ("h3", TITLE),
 ("h4s", SUBTITLE),
 ("p", "पिछले महीने हमारे कॉलेज के NLP क्लब में किसी ने पूछा कि “embeddings आखिर आए कहाँ से?” जवाब देते-देते यह पोस्ट बन गई। यहाँ नौ पेपर हैं, "
       "लगभग उसी क्रम में जिसमें मैंने उन्हें पढ़ा था। हर पेपर के साथ एक-दो लाइन में लिखा है कि उसमें नया क्या था और आज उसका क्या महत्व है।"),
 ("h4", "1. शुरुआत: शब्दों के वेक्टर"),
 ("p", "सबसे पहले Mikolov और साथियों का पेपर " + a("https://arxiv.org/abs/1301.3781", "Efficient Estimation of Word Representations in Vector Space") +
       " (2013)। इसमें दो मॉडल हैं, CBOW और skip-gram, और दोनों इतने सस्ते हैं कि अरबों शब्दों पर एक मशीन पर ट्रेन हो जाते हैं। “king − man + woman ≈ queen” "
       "वाला मशहूर उदाहरण यहीं से आया।"),
 ("p", "इसके एक साल बाद Stanford से " + strong("GloVe: Global Vectors for Word Representation") + " आया। यह पूरे corpus के co-occurrence आँकड़ों पर सीधे काम "
       "करता है, यानी word2vec की तरह खिड़की-दर-खिड़की नहीं। प्री-ट्रेंड वेक्टर " + a("https://nlp.stanford.edu/projects/glove/", "प्रोजेक्ट पेज") +
       " पर मिल जाते हैं (यह पेपर का लिंक नहीं है, वहाँ से PDF ढूँढना पड़ेगा)।"),
 ("figure", ("1*Qm8x3sZf0kYH2cV7nBn3Rw.png", 1400, 788, "हिंदी Wikipedia पर ट्रेन किए गए skip-gram वेक्टर का t-SNE चित्र (मेरे " +
             a("https://colab.research.google.com/drive/1x7Yh2QpLm4Rk9sTzW3vB8nC5dE6fG0aH", "Colab नोटबुक", "figure") + " से)")),
 ("h4", "2. संदर्भ वाले embeddings"),
 ("p", "word2vec और GloVe में हर शब्द का एक ही वेक्टर होता है — “बैंक” नदी का हो या पैसे का। ELMo वाले पेपर Deep contextualized word representations ने "
       "यह बदला: दो-तरफ़ा भाषा मॉडल की सभी परतों का भारित जोड़, जो हर वाक्य में अलग होता है।"),
 ("p", "फिर " + em("Universal Language Model Fine-tuning for Text Classification") + " (Howard और Ruder, 2018) ने दिखाया कि भाषा मॉडल को पहले pretrain "
       "करके फिर fine-tune करना classification में भी काम करता है। discriminative fine-tuning और slanted triangular learning rates — दोनों तरकीबें आज भी काम "
       "की हैं।"),
 ("h4", "3. अनुवाद और attention"),
 ("p", "Sequence to Sequence Learning with Neural Networks (Sutskever, Vinyals और Le, NIPS 2014) में दो LSTM हैं — एक encoder, एक decoder। स्रोत वाक्य को "
       "उल्टा करके देने वाली तरकीब मुझे आज भी मज़ेदार लगती है।"),
 ("p", "लेकिन पूरे वाक्य को एक ही वेक्टर में दबाना मुश्किल था। Bahdanau, Cho और Bengio का पेपर Neural Machine Translation by Jointly Learning to Align and "
       "Translate (arXiv:1409.0473) इसी समस्या का हल था: decoder हर कदम पर स्रोत वाक्य के अलग-अलग हिस्सों पर “ध्यान” देता है। Transformer का attention यहीं से निकला।"),
 ("blockquote", "मज़े की बात: “attention” शब्द इस पेपर में बहुत कम आता है; लेखक इसे alignment कहते हैं।"),
 ("p", "दुर्लभ शब्दों के लिए Sennrich, Haddow और Birch का " + a("https://arxiv.org/pdf/1508.07909.pdf", "Neural Machine Translation of Rare Words with Subword Units") +
       ", यानी BPE। हिंदी जैसी भाषाओं के लिए, जहाँ एक शब्द के कई रूप होते हैं (पढ़, पढ़ा, पढ़ीं, पढ़ेंगे…), यह बहुत ज़रूरी है। SentencePiece और आज की "
       "tokenizer लाइब्रेरी इसी विचार पर चलती हैं:"),
 ("pre", "from tokenizers import Tokenizer, models, trainers\ntok = Tokenizer(models.BPE(unk_token=\"[UNK]\"))\n"
         "tok.train([\"hi_wiki.txt\"], trainers.BpeTrainer(vocab_size=32000))"),
 ("h4", "4. एक पुराना पर ज़रूरी पेपर"),
 ("p", "यह सूची में थोड़ा अलग है: Glorot और Bengio का Understanding the difficulty of training deep feedforward neural networks (AISTATS 2010)। “Xavier "
       "initialization” इसी से है। यह arXiv पर नहीं है, " + a("https://proceedings.mlr.press/v9/glorot10a.html", "PMLR पर") + " मिल जाएगा।"),
 ("h4", "5. वाक्यों के embeddings"),
 ("p", "आख़िर में " + a("https://arxiv.org/abs/1908.10084", "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks") + "। BERT से दो वाक्यों की "
       "तुलना के लिए हर जोड़ी को साथ में चलाना पड़ता था; SBERT हर वाक्य का एक वेक्टर देता है जिसे cosine similarity से मिलाया जा सकता है। हिंदी के लिए "
       "multilingual मॉडल " + a("https://www.sbert.net/docs/pretrained_models.html", "sentence-transformers") + " में हैं, जैसे " +
       code("paraphrase-multilingual-MiniLM-L12-v2") + "।"),
 ("h4", "आगे क्या पढ़ें"),
 ("li-ul", "Jay Alammar का ब्लॉग " + a("https://jalammar.github.io/illustrated-word2vec/", "The Illustrated Word2vec", "li") + " (ब्लॉग पोस्ट, पेपर नहीं)"),
 ("li-ul", "Stanford CS224n के लेक्चर, " + a("https://www.youtube.com/playlist?list=PLoROMvodv4rOSH4v6133s9LFPRHjEmbmJ", "YouTube पर", "li")),
 ("li-ul", "मेरी पिछली पोस्ट: " + a("https://medium.com/@anjali.verma/hindi-tokenizer-kaise-chunein-8d1e4f2a9c07", "हिंदी के लिए tokenizer कैसे चुनें", "li")),
 ("p", "अगर आपको लगे कि कोई ज़रूरी पेपर छूट गया है तो कमेंट में बताइए। अगली पोस्ट में BERT और उसके बाद के मॉडल। 🙏"),
]


def render():
    out, prev, in_list = [], None, False
    for i, (kind, body) in enumerate(G):
        last = i == len(G) - 1
        base = kind.split("-")[0] if kind.startswith("li") else ("h4" if kind == "h4s" else kind)
        cls = ["graf", f"graf--{base}"]
        if prev: cls.append(f"graf-after--{prev}")
        if i == 0: cls.append("graf--leading")
        if kind == "h3": cls.append("graf--title")
        if kind == "h4s": cls.append("graf--subtitle")
        if last: cls.append("graf--trailing")
        n = nm()
        if kind.startswith("li") and not in_list:
            out.append('<ul class="postList">'); in_list = True
        if not kind.startswith("li") and in_list:
            out.append("</ul>"); in_list = False
        attrs = f'name="{n}" id="{n}" class="{" ".join(cls)}"'
        if kind == "figure":
            img, w, h, cap = body
            out.append(f'<figure {attrs}><img class="graf-image" data-image-id="{img}" data-width="{w}" data-height="{h}" '
                       f'src="https://cdn-images-1.medium.com/max/800/{img}"><figcaption class="imageCaption">{cap}</figcaption></figure>')
        elif kind == "pre":
            out.append(f'<pre {attrs}>{body.replace(chr(10), "<br>")}</pre>')
        else:
            tag = {"h3": "h3", "h4": "h4", "h4s": "h4", "p": "p", "blockquote": "blockquote"}.get(kind, "li")
            out.append(f"<{tag} {attrs}>{body}</{tag}>")
        prev = base
    if in_list: out.append("</ul>")
    return "".join(out)


page = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>' + TITLE + '</title><style>' + STYLE +
        '</style></head><body><article class="h-entry">\n<header>\n<h1 class="p-name">' + TITLE + '</h1>\n</header>\n'
        '<section data-field="subtitle" class="p-summary">\n' + SUBTITLE + '\n</section>\n'
        '<section data-field="body" class="e-content">\n<section name="e4a1" class="section section--body section--first section--last">'
        '<div class="section-divider"><hr class="section-divider"></div><div class="section-content"><div class="section-inner sectionLayout--insetColumn">'
        + render() + '</div></div></section>\n</section>\n'
        '<footer><p>By <a href="https://medium.com/@anjali.verma" class="p-author h-card">Anjali Verma</a> on <a href="https://medium.com/p/' + POST_ID + '">'
        '<time class="dt-published" datetime="2023-08-14T10:12:33.871Z">August 14, 2023</time></a>.</p><p><a href="https://medium.com/@anjali.verma/'
        'shabdon-se-vector-tak-nlp-ke-nau-paper-' + POST_ID + '" class="p-canonical">Canonical link</a></p><p>Exported from <a href="https://medium.com">Medium</a> '
        'on March 3, 2024.</p></footer></article></body></html>')
check_no_distractor(page, OUT)
open(OUT, "w", encoding="utf-8", newline="").write(page)
print(OUT, len(page))
