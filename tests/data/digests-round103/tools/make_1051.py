#!/usr/bin/env python3
"""1051: the source of a Statamic entry (flat-file Laravel CMS), `content/collections/blog/2024-03-12.do-word2vec-ao-t5.md`,
by a Brazilian NLP lecturer: everything in the YAML front matter as Statamic saves it through Symfony's YAML dumper —
two-space indents, a list item that is a mapping written as `-` on its own line with the mapping under it, strings
single-quoted when they hold whitespace or any of `'":{}[],&*#?` (or look like a number, date, bool or null), `null`
for empty link attributes — and the body in a Bard field: ProseMirror nodes (heading, paragraph, bulletList /
orderedList / listItem, a blockquote, a `set` with its values) and text nodes whose marks (bold, italic, link with
href / rel / target / title) come before the text, as ProseMirror's toJSON orders them; nothing after the closing
`---`. The Illustrated BERT post, the Hugging Face course and the BERTimbau model page are not papers; "BERT", "T5",
"RoBERTa", "BART", "ELECTRA" are nicknames."""
import hashlib, os, re, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1051)
K = dict(t5="1910.10683", roberta="1907.11692", bart="1910.13461", fem="2010.06040", electric="2012.08561",
         elmo="1802.05365", w2v="1301.3781", bpe="1508.07909")
AUTHOR = str(uuid.UUID(hashlib.md5(b"prof-helena-martins").hexdigest(), version=4))
ENTRY = str(uuid.UUID(hashlib.md5(b"entry-word2vec-t5").hexdigest(), version=4))

# ---- Symfony Yaml\Dumper (inline level deep enough that nothing is inlined but empty arrays), as Statamic calls it
NUM = re.compile(r"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^0x[0-9a-fA-F]+$|^\d{4}-\d\d-\d\d")


def scalar(v):
    if v is None: return "null"
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, int): return str(v)
    if v == "": return "''"
    if re.search(r"[\x00-\x08\x0a-\x1f\x7f]", v): raise ValueError("double-quoting not used here")
    if (v.lower() in ("null", "~", "true", "false", "y", "n", "yes", "no", "on", "off") or NUM.match(v)
            or re.search(r"[\s'\":{}\[\],&*#?]|^[-?|<>=!%@`]", v)):
        return "'" + v.replace("'", "''") + "'"
    return v


def dump(v, ind=0):
    out, pre = [], " " * ind
    items = list(enumerate(v)) if isinstance(v, list) else list(v.items())
    for k, x in items:
        head = pre + ("-" if isinstance(v, list) else k + ":")
        if isinstance(x, (list, dict)) and x:
            out.append(head + "\n" + dump(x, ind + 2))
        else:
            out.append(head + " " + ("{  }" if isinstance(x, (list, dict)) else scalar(x)) + "\n")
    return "".join(out)


# ---- ProseMirror / Bard nodes
def t(s, *marks):
    n = {"type": "text"}
    if marks: n["marks"] = list(marks)
    n["text"] = s
    return n


def link(href, target=None):
    return {"type": "link", "attrs": {"href": href, "rel": None, "target": target, "title": None}}


B, I = {"type": "bold"}, {"type": "italic"}
def p(*c): return {"type": "paragraph", "content": list(c)}
def h(level, s): return {"type": "heading", "attrs": {"level": level}, "content": [t(s)]}
def li(*c): return {"type": "listItem", "content": [p(*c)]}
def ul(*items): return {"type": "bulletList", "content": list(items)}
def ol(*items): return {"type": "orderedList", "attrs": {"order": 1}, "content": list(items)}


content = [
    p(t("Todo semestre alguém do grupo pergunta por onde começar a ler sobre pré-treinamento. Esta é a minha resposta "
        "atualizada para 2024: uma trilha curta, em ordem cronológica, com um comentário sobre o que observar em cada "
        "artigo. Quem for apresentar no seminário de quinta-feira escolhe um item e avisa no canal do grupo.")),
    h(2, "1. Antes do Transformer"),
    ul(li(t(T(K["w2v"]), I), t(" (Mikolov et al., 2013) — o começo de tudo: skip-gram e CBOW. Leia junto com a "
                                  "discussão sobre analogias; ela envelheceu mal, e vale entender por quê.")),
       li(t(T(K["bpe"]), I), t(" (Sennrich, Haddow e Birch, 2016) — a origem do BPE que todo tokenizador usa até hoje. "
                                  "Para português, compare com o vocabulário do BERTimbau.")),
       li(t(T(K["elmo"]), B), t(" (Peters et al., NAACL 2018) — representações contextuais a partir de LSTMs "
                                   "bidirecionais; o elo que falta entre word2vec e BERT."))),
    h(2, "2. Modelos mascarados e suas variantes"),
    p(t("Depois do BERT, a pergunta passou a ser "), t("como", I), t(" treinar melhor, não só com que arquitetura:")),
    ol(li(t(T(K["roberta"]), link("https://arxiv.org/abs/1907.11692", "_blank")),
          t(" — mais dados, mais passos, sem NSP. Leitura obrigatória.")),
       li(t(T(K["fem"]), link("https://openreview.net/forum?id=cYr2OPNyTz7", "_blank")),
          t(" — uma análise de variância do gradiente no mascaramento aleatório; o texto está no OpenReview, com a "
            "discussão dos revisores.")),
       li(t(T(K["electric"])), t(" (arXiv:2012.08561) — dos autores do ELECTRA; o objetivo de cloze visto como modelo "
                                     "baseado em energia. Mais teórico, recomendo só para quem já leu o ELECTRA."))),
    h(2, "3. Codificador-decodificador"),
    p(t("Para geração e tradução, os dois artigos que mais usamos no laboratório:")),
    ul(li(t(T(K["t5"]), link("https://arxiv.org/abs/1910.10683", "_blank")),
          t(" — o artigo do T5. São 67 páginas: leia as seções 1, 2 e 3.7 e use o resto como referência.")),
       li(t(T(K["bart"]), link("https://arxiv.org/pdf/1910.13461", "_blank")),
          t(" — o PDF direto; a tabela 1 resume bem os ruídos de pré-treinamento."))),
    {"type": "set", "attrs": {"id": "lt9x2k4a", "values": {"type": "aviso", "cor": "amarelo",
                                                           "texto": "Não são artigos, mas ajudam: o post The Illustrated BERT, do Jay Alammar, o curso de PLN do Hugging Face e a página do modelo BERTimbau no Hugging Face."}}},
    {"type": "blockquote", "content": [p(t("Dica: antes de ler um artigo de pré-treinamento, procure a tabela de "
                                          "custo computacional. Ela diz mais sobre o resultado do que o resumo."))]},
    p(t("Links úteis: "), t("The Illustrated BERT", link("https://jalammar.github.io/illustrated-bert/", "_blank")),
      t(", "), t("curso de PLN do Hugging Face", link("https://huggingface.co/learn/nlp-course/pt/chapter1/1", "_blank")),
      t(" e "), t("BERTimbau", link("https://huggingface.co/neuralmind/bert-base-portuguese-cased", "_blank")), t(".")),
    p(t("Sugestões e correções nos comentários ou por e-mail. Bons estudos!")),
]
data = {"id": ENTRY, "blueprint": "article", "title": "Do word2vec ao T5: uma trilha de leitura sobre pré-treinamento em PLN",
        "author": AUTHOR, "categorias": ["pln", "leituras"], "resumo": "Oito artigos, em ordem, para quem está chegando ao grupo.",
        "content": content, "comentarios": True, "updated_by": AUTHOR, "updated_at": 1710252481}
text = "---\n" + dump(data) + "---\n"


def plain(v):
    if isinstance(v, dict):
        return "".join(plain(x) for k, x in v.items() if k != "marks") if v.get("type") != "text" else v["text"]
    if isinstance(v, list): return "\n".join(plain(x) for x in v)
    return v if isinstance(v, str) else ""


write_only(F, text, keys(F), forms=[plain(content)])
