#!/usr/bin/env python3
"""761: a BibSonomy REST API response (`GET /api/users/<user>/posts?resourcetype=bibtex&start=0&end=12`, XML as the
JAXB marshaller writes it: standalone="yes", four-space indentation, `<bibsonomy stat="ok">`, `<posts start end
next>`, per post `<user>`, `<group>`, `<tag>` elements with API hrefs and a `<bibtex>` element whose attributes hold
the BibTeX fields, `misc` for extra fields, 32-hex inter/intra hashes). A Turkish user's collection on NLP
pre-training; descriptions are the user's notes."""
import os, sys, html, hashlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys, GPT2

F = by_num(761)
API = "https://www.bibsonomy.org/api"
USER = "zeynep.aydogan"
q = lambda s: html.escape(s, quote=True).replace("&#x27;", "'")  # JAXB escapes & < > " only
h = lambda s, salt: hashlib.md5((salt + s).encode()).hexdigest()
bt = lambda k: " and ".join(CAT[k]["authors"])


def post(desc, posted, changed, tags, fields):
    title = fields["title"]
    inter, intra = h(title, "inter"), h(title, USER)
    attrs = " ".join(f'{k}="{q(v)}"' for k, v in fields.items() if v)
    return (f'        <post description="{q(desc)}" postingdate="{posted}" changedate="{changed}">\n'
            f'            <user name="{USER}" href="{API}/users/{USER}"/>\n'
            f'            <group name="public" href="{API}/groups/public"/>\n'
            + "".join(f'            <tag name="{q(t)}" href="{API}/tags/{q(t)}"/>\n' for t in tags)
            + f'            <bibtex {attrs} interhash="{inter}" intrahash="{intra}" href="{API}/users/{USER}/posts/{intra}"/>\n'
            f'        </post>\n')


def fld(key, etype, title, author, year, **kw):
    d = {"title": title, "bibtexKey": key, "entrytype": etype, "author": author, "year": year}
    d.update(kw)
    return d


P = [
    post("Kodlayıcı-çözücü ön eğitim için en kapsamlı karşılaştırma; C4 veri kümesi burada tanıtılıyor. Tez 2. bölümde ana kaynak.",
         "2024-03-04T21:17:09.000+03:00", "2024-03-05T09:02:44.000+03:00", ["t5", "ön_eğitim", "tez_bölüm2", "transfer"],
         fld("raffel2020exploring", "article", T("1910.10683"), bt("1910.10683"), "2020", journal="Journal of Machine Learning Research",
             volume="21", number="140", pages="1--67", url="https://arxiv.org/abs/1910.10683")),
    post("SpaCy belgeleri — yazılım, makale değil. Türkçe boru hattı için tokenizer ayarlarına bakılacak.",
         "2024-03-02T14:40:55.000+03:00", "2024-03-02T14:40:55.000+03:00", ["yazılım", "araç"],
         fld("spacy_docs", "misc", "spaCy 101: Everything you need to know", "Explosion", "2024",
             url="https://spacy.io/usage/spacy-101", note="Çevrimiçi belgeler, erişim 2 Mart 2024")),
    post("Alt-sözcük birimleri (BPE). Türkçe gibi eklemeli dillerde sözlük boyutu tartışması için temel kaynak; PDF kütüphanede basılı.",
         "2024-02-28T11:03:27.000+03:00", "2024-02-28T11:03:27.000+03:00", ["bpe", "tokenizasyon", "çeviri"],
         fld("sennrich2016neural", "inproceedings", T("1508.07909"), bt("1508.07909"), "2016",
             booktitle="Proceedings of the 54th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)",
             pages="1715--1725", publisher="Association for Computational Linguistics", address="Berlin, Germany")),
    post("Maskeli dil modelinde maskeleme stratejisini önem örneklemesiyle inceliyor. OpenReview sürümü okundu, hakem yorumları da faydalı.",
         "2024-02-26T19:55:12.000+03:00", "2024-02-27T08:11:40.000+03:00", ["mlm", "ön_eğitim", "maskeleme"],
         fld("zheng2020improving", "misc", T("2010.06040"), bt("2010.06040"), "2020",
             url=f"https://openreview.net/forum?id={CAT['2010.06040']['openreview_id']}", note="ICLR 2021 gönderimi")),
    post("Ayırt edici ön eğitim yapan ekibin enerji tabanlı versiyonu; ayırt edici ön eğitimle karşılaştırmak için. arXiv numarası misc alanında.",
         "2024-02-25T16:20:38.000+03:00", "2024-02-25T16:20:38.000+03:00", ["ebm", "ön_eğitim", "cloze"],
         fld("clark2020pretraining", "inproceedings", T("2012.08561"), bt("2012.08561"), "2020",
             booktitle="Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing (EMNLP)",
             pages="285--294", misc="archiveprefix = {arXiv}, eprint = {2012.08561}, primaryclass = {cs.CL}")),
    post("Maskeli dil modeli ön eğitiminin ayrıntılarının yeniden ele alınması: daha uzun eğitim, dinamik maskeleme, NSP yok. BERTurk deneylerinde referans ayarlar buradan.",
         "2024-02-21T10:48:02.000+03:00", "2024-02-21T10:48:02.000+03:00", ["roberta", "ön_eğitim", "tez_bölüm2"],
         fld("liu2019roberta", "article", "{RoBERTa}: A Robustly Optimized {BERT} Pretraining Approach", bt("1907.11692"), "2019",
             journal="CoRR", volume="abs/1907.11692", url="https://arxiv.org/abs/1907.11692")),
    post("Jurafsky & Martin, 3. baskı taslağı — ders kitabı (makale değil). 10. ve 11. bölümler transformer ve ön eğitim.",
         "2024-02-19T22:31:45.000+03:00", "2024-02-19T22:31:45.000+03:00", ["kitap", "ders"],
         fld("jurafsky2024slp", "book", "Speech and Language Processing (3rd ed. draft)", "Daniel Jurafsky and James H. Martin", "2024",
             url="https://web.stanford.edu/~jurafsky/slp3/", publisher="Çevrimiçi taslak")),
    post("Sınıflandırma için ince ayar: ayırt edici öğrenme oranları, kademeli çözme. Eski ama ince ayar tarihçesi için gerekli.",
         "2024-02-15T13:12:19.000+03:00", "2024-02-15T13:12:19.000+03:00", ["ulmfit", "ince_ayar", "transfer"],
         fld("howard2018universal", "inproceedings", T("1801.06146"), bt("1801.06146"), "2018",
             booktitle="Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)",
             pages="328--339", url="https://aclanthology.org/P18-1031", publisher="Association for Computational Linguistics")),
    post("Kütüphanenin kendisi için alıntılanacak makale (sistem/demo makalesi). Deneylerdeki tüm modeller bu kütüphaneyle.",
         "2024-02-12T09:05:51.000+03:00", "2024-02-12T09:05:51.000+03:00", ["transformers", "yazılım", "demo"],
         fld("wolf2020transformers", "inproceedings", T("1910.03771"), bt("1910.03771"), "2020",
             booktitle="Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing: System Demonstrations",
             pages="38--45", url="https://aclanthology.org/2020.emnlp-demos.6")),
    post("OSCAR derlemi (veri kümesi, makale değil) — Türkçe alt kümesi 2023 sürümü. Lisans: CC0 açıklamalar, içerik kaynaklarına bağlı.",
         "2024-02-10T18:44:07.000+03:00", "2024-02-10T18:44:07.000+03:00", ["veri_kümesi", "türkçe"],
         fld("oscar2023", "misc", "OSCAR 23.01: Open Super-large Crawled Aggregated coRpus", "OSCAR project", "2023",
             url="https://oscar-project.org/", howpublished="Veri kümesi sürümü")),
    post("Sıfır atışlı görev başarımı; teknik rapor, arXiv'de yok. PDF OpenAI sitesinde.",
         "2024-02-08T15:27:33.000+03:00", "2024-02-08T15:27:33.000+03:00", ["gpt2", "dil_modeli", "sıfır_atış"],
         fld("radford2019language", "techreport", T(GPT2), " and ".join(CAT[GPT2]["authors"]), "2019", institution="OpenAI")),
    post("Boğaziçi doğal dil işleme dersi (2023 güz) slaytları — ders materyali, okuma listesi için bakılabilir.",
         "2024-02-05T08:59:14.000+03:00", "2024-02-05T08:59:14.000+03:00", ["ders", "slayt"],
         fld("nlpcourse2023", "misc", "Doğal Dil İşlemeye Giriş: ders notları (Güz 2023)", "Deniz Karaca", "2023",
             url="https://nlp.example.edu.tr/ders/ddi-2023/", note="Ders sayfası")),
]
text = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<bibsonomy stat="ok">\n'
        f'    <posts start="0" end="{len(P)}" next="{API}/users/{USER}/posts?resourcetype=bibtex&amp;start={len(P)}&amp;end={2 * len(P)}">\n'
        + "".join(P) + "    </posts>\n</bibsonomy>\n")
plain = html.unescape(text).replace("{", "").replace("}", "")
write_only(F, text, keys(F), [plain])
