#!/usr/bin/env python3
"""540: pdftotext (layout off) of the last pages of a Brazilian master's dissertation in NLP: the end of CONCLUSÃO,
REFERÊNCIAS in ABNT NBR 6023:2018 (SURNAME, I.; … or "et al." beyond three authors; titles as the author typed them,
several with the ABNT lower-case subtitle after the colon; "In: EVENT NAME, n., year, city. Proceedings [...]",
"Disponível em: URL. Acesso em: d mmm. aaaa.", DOI), entries wrapped across PDF lines, running page numbers at the top
right and form feeds, then the start of APÊNDICE A. Papers: "Disponível em:" arXiv abs / pdf URLs (link), an arXiv
preprint number (arxiv-text), ACL Anthology DOIs and a NeurIPS volume (title-only). Not papers: ABNT NBR 6023 (a
standard), the LGPD (a law), a textbook, the Hugging Face docs, a dissertation, a corpus website."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, write_only
from make_expected import F540, keys


def abnt_name(n):
    parts = n.split()
    ini = " ".join("-".join(x[0] + "." for x in p.split("-")) if not p.endswith(".") else p for p in parts[:-1])
    return f"{parts[-1].upper()}, {ini}"


def abnt_authors(k):
    a = CAT[k]["authors"]
    s = abnt_name(a[0]) + " et al." if len(a) > 3 else "; ".join(abnt_name(x) for x in a)
    return s if s.endswith(".") else s + "."


def _acr(w):
    return "-" not in w and sum(c.isupper() for c in w) >= 2


def _low(words):
    return " ".join(w if _acr(w) else w.lower() for w in words.split(" "))


def sub_lower(t):
    """ABNT habit: the subtitle after the colon in lower case (acronyms kept)"""
    h, s = t.split(": ", 1)
    return f"{h}: {_low(s)}"


def sentence(t):
    """the whole title in sentence case (acronyms kept), as some authors type ABNT references"""
    s = _low(t)
    return s[0].upper() + s[1:]


entries = [
 "ASSOCIAÇÃO BRASILEIRA DE NORMAS TÉCNICAS. NBR 6023: informação e documentação: referências: elaboração. Rio de Janeiro: ABNT, 2018.",
 "BRASIL. Lei nº 13.709, de 14 de agosto de 2018. Lei Geral de Proteção de Dados Pessoais (LGPD). Brasília, DF: Presidência da República, 2018. Disponível em: https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm. Acesso em: 20 fev. 2023.",
 f"{abnt_authors('2012.08561')} {sentence(T('2012.08561'))}. In: CONFERENCE ON EMPIRICAL METHODS IN NATURAL LANGUAGE PROCESSING, 2020, [S. l.]. Proceedings [...]. [S. l.]: ACL, 2020. p. 285-294. Disponível em: https://arxiv.org/abs/2012.08561. Acesso em: 3 maio 2023.",
 f"{abnt_authors('1911.02116')} {sentence(T('1911.02116'))}. In: ANNUAL MEETING OF THE ASSOCIATION FOR COMPUTATIONAL LINGUISTICS, 58., 2020, [S. l.]. Proceedings [...]. [S. l.]: ACL, 2020. p. 8440-8451. Disponível em: https://arxiv.org/pdf/1911.02116.pdf. Acesso em: 3 maio 2023.",
 f"{abnt_authors('1810.04805')} {T('1810.04805')}. In: CONFERENCE OF THE NORTH AMERICAN CHAPTER OF THE ASSOCIATION FOR COMPUTATIONAL LINGUISTICS, 2019, Minneapolis. Proceedings [...]. Minneapolis: ACL, 2019. p. 4171-4186. DOI: 10.18653/v1/N19-1423.",
 "GOLDBERG, Y. Neural network methods for natural language processing. San Rafael: Morgan & Claypool, 2017. (Synthesis Lectures on Human Language Technologies, v. 37).",
 f"{abnt_authors('2006.03654')} {sub_lower(T('2006.03654'))}. In: INTERNATIONAL CONFERENCE ON LEARNING REPRESENTATIONS, 9., 2021, [S. l.]. Proceedings [...]. [S. l.: s. n.], 2021. Disponível em: https://arxiv.org/abs/2006.03654v6. Acesso em: 11 abr. 2023.",
 f"{abnt_authors('1801.06146')} {T('1801.06146')}. In: ANNUAL MEETING OF THE ASSOCIATION FOR COMPUTATIONAL LINGUISTICS, 56., 2018, Melbourne. Proceedings [...]. Melbourne: ACL, 2018. p. 328-339. DOI: 10.18653/v1/P18-1031.",
 "HUGGING FACE. Transformers: documentation. [S. l.], 2023. Disponível em: https://huggingface.co/docs/transformers/index. Acesso em: 15 jun. 2023.",
 f"{abnt_authors('1907.11692')} {sub_lower(T('1907.11692'))}. arXiv preprint arXiv:1907.11692, 2019.",
 "PEREIRA, L. M. Classificação de reclamações de consumidores com modelos de linguagem pré-treinados. 2021. Dissertação (Mestrado em Ciência da Computação) – Instituto de Computação, Universidade Federal do Vale do Exemplo, Vale do Exemplo, 2021.",
 f"{abnt_authors('1508.07909')} {T('1508.07909')}. In: ANNUAL MEETING OF THE ASSOCIATION FOR COMPUTATIONAL LINGUISTICS, 54., 2016, Berlin. Proceedings [...]. Berlin: ACL, 2016. p. 1715-1725. DOI: 10.18653/v1/P16-1162.",
 "UFVE. Núcleo de Processamento de Linguagem Natural. Corpus ReclamaVale: versão 2.1. Vale do Exemplo, 2022. Disponível em: https://nlp.ufve.example.br/recursos/reclamavale. Acesso em: 8 mar. 2023.",
 f"{abnt_authors('1906.08237')} {T('1906.08237')}. In: WALLACH, H. et al. (ed.). Advances in Neural Information Processing Systems 32. Red Hook: Curran Associates, 2019. p. 5753-5763.",
]
wrapped = ["\n".join(textwrap.wrap(e, width=92, break_on_hyphens=False, break_long_words=False)) for e in entries]

page87 = """                                                                                         87

modelos multilíngues, em particular quando o vocabulário é compartilhado entre o português e
o espanhol. Os resultados do Capítulo 5 indicam que a tokenização tem peso maior do que o
esperado nas reclamações com grafia informal, o que sugere estudar segmentações alternativas
em trabalhos futuros.
    Como trabalhos futuros, propõe-se (i) avaliar o desempenho em domínios com menos dados
rotulados, como as reclamações do setor de saúde suplementar; (ii) investigar a destilação dos
modelos maiores para execução em CPU, requisito apresentado pela ouvidoria parceira; e (iii)
ampliar a anotação do corpus ReclamaVale para incluir a intenção do consumidor, respeitando o
disposto na LGPD quanto à anonimização dos dados.
"""
refs_a = "\n\n".join(wrapped[:7])
refs_b = "\n\n".join(wrapped[7:])
text = (page87 + "\f" +
        "                                                                                         88\n\n"
        "REFERÊNCIAS\n\n" + refs_a + "\n\f" +
        "                                                                                         89\n\n" + refs_b + "\n\f" +
        "                                                                                         90\n\n"
        "APÊNDICE A – HIPERPARÂMETROS UTILIZADOS NOS EXPERIMENTOS\n\n"
        "Tabela 12 – Hiperparâmetros do ajuste fino\n"
        "Modelo\nTaxa de aprendizado\nTamanho do lote\nÉpocas\nComprimento máximo\n"
        "BERTimbau-base\n2e-5\n32\n4\n256\n"
        "XLM-R-base\n2e-5\n32\n4\n256\n"
        "DeBERTa-v3-base\n1e-5\n16\n5\n256\n"
        "mDeBERTa-v3-base\n1e-5\n16\n5\n256\n"
        "Fonte: elaborada pelo autor (2023).\n\n"
        "    Todos os experimentos foram executados em uma GPU NVIDIA A100 de 40 GB do cluster do\n"
        "Instituto de Computação, com sementes aleatórias fixas (13, 42 e 1234). O código está\n"
        "disponível no repositório institucional do NPLN, mediante solicitação.\n\f")
write_only(F540, text, keys(F540))
