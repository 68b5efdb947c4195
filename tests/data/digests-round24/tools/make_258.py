#!/usr/bin/env python3
"""258: a `.zenodo.json` (Zenodo's GitHub-integration metadata file) of a Basque NLP toolkit release; description in
Basque (HTML, as Zenodo takes it), `references` as free-text citations, `related_identifiers` with arXiv / URL / DOI
schemes."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write


def orcid(base15):
    total = 0
    for ch in base15:
        total = (total + int(ch)) * 2
    r = (12 - total % 11) % 11
    d = "X" if r == 10 else str(r)
    s = base15 + d
    return "-".join(s[i:i + 4] for i in range(0, 16, 4))


creators = [
    {"name": "Etxeberria, Maialen", "affiliation": "Euskal Herriko Unibertsitatea (UPV/EHU)", "orcid": orcid("000000021847305")},
    {"name": "Agirre Zubiaurre, Unai", "affiliation": "Euskal Herriko Unibertsitatea (UPV/EHU)", "orcid": orcid("000000033091527")},
    {"name": "Lasa, Ane", "affiliation": "Mondragon Unibertsitatea"},
]
desc = ("<p><strong>euskara-encoders</strong> euskarazko testu-kodetzaileak entrenatzeko eta ebaluatzeko tresna-multzoa da. "
        "Bertsio honek (v0.4.2) ELECTRA eran aurre-entrenatzea, esaldi-embeddingak eta entitate-berreskurapena gehitzen ditu.</p>"
        "<p>Oinarrizko lanak: RoBERTa eta ELECTRA (ikus <em>related identifiers</em>), "
        f"baita &quot;{T('2006.03654')}&quot; ere, zeinaren arreta bereiztua 3. moduluan inplementatu dugun.</p>"
        "<p>Kodea: <a href=\"https://github.com/euskara-nlp/euskara-encoders\">GitHub</a>. "
        "Dokumentazioa: <a href=\"https://euskara-encoders.readthedocs.io/eu/latest/\">readthedocs</a>. "
        "Finantzaketa: Eusko Jaurlaritza, IT1570-22 proiektua.</p>")
refs = [
    f"Yang, Z., Dai, Z., Yang, Y., Carbonell, J., Salakhutdinov, R., & Le, Q. V. (2019). {T('1906.08237')}. NeurIPS 2019.",
    f"Liu, Y., Ott, M., Goyal, N., et al. (2019). {T('1907.11692')}. arXiv preprint arXiv:1907.11692.",
    f"Reimers, N., & Gurevych, I. (2019). {T('1908.10084')}. EMNLP-IJCNLP 2019. https://arxiv.org/pdf/1908.10084",
    f"Wolf, T., Debut, L., Sanh, V., et al. (2020). {T('1910.03771')}. EMNLP 2020: System Demonstrations.",
    f"Clark, K., Luong, M.-T., Le, Q. V., & Manning, C. D. (2020). {T('2003.10555')}. ICLR 2020. arXiv:2003.10555.",
    f"He, P., Liu, X., Gao, J., & Chen, W. (2021). {T('2006.03654')}. ICLR 2021.",
    f"Dai, Z., Lai, G., Yang, Y., & Le, Q. V. (2020). {T('2006.03236')}. NeurIPS 2020.",
    f"Clark, K., Luong, M.-T., Le, Q. V., & Manning, C. D. (2020). {T('2012.08561')}. EMNLP 2020.",
    f"Zheng, M., et al. (2020). {T('2010.06040')}. OpenReview.",
    f"Guu, K., Lee, K., Tung, Z., Pasupat, P., & Chang, M.-W. (2020). {T('2002.08909')}. ICML 2020.",
    f"De Cao, N., Izacard, G., Riedel, S., & Petroni, F. (2021). {T('2010.00904')}. ICLR 2021.",
    f"Kobayashi, G., Kuribayashi, T., Yokoi, S., & Inui, K. (2020). {T('2004.10102')}. EMNLP 2020.",
    f"Sennrich, R., Haddow, B., & Birch, A. (2016). {T('1508.07909')}. ACL 2016. https://doi.org/10.18653/v1/P16-1162",
    "Jurafsky, D., & Martin, J. H. (2024). Speech and Language Processing (3rd ed. draft). https://web.stanford.edu/~jurafsky/slp3/",
    "EusCrawl: a high-quality Basque web corpus (2022). Dataset. https://ixa.ehu.eus/euscrawl/",
]
rel = [
    {"identifier": "https://github.com/euskara-nlp/euskara-encoders/tree/v0.4.2", "relation": "isSupplementTo", "scheme": "url"},
    {"identifier": "arXiv:1907.11692", "relation": "references", "scheme": "arxiv", "resource_type": "publication-preprint"},
    {"identifier": "arXiv:2003.10555", "relation": "references", "scheme": "arxiv", "resource_type": "publication-preprint"},
    {"identifier": "https://arxiv.org/abs/1910.03771", "relation": "references", "scheme": "url", "resource_type": "publication-conferencepaper"},
    {"identifier": "https://arxiv.org/abs/2006.03654", "relation": "references", "scheme": "url", "resource_type": "publication-conferencepaper"},
    {"identifier": "https://openreview.net/forum?id=" + OR("2010.06040"), "relation": "references", "scheme": "url", "resource_type": "publication-preprint"},
    {"identifier": "10.18653/v1/P16-1162", "relation": "references", "scheme": "doi", "resource_type": "publication-conferencepaper"},
    {"identifier": "10.5281/zenodo.10813405", "relation": "isNewVersionOf", "scheme": "doi"},
    {"identifier": "https://huggingface.co/datasets/euskara-nlp/latxa-corpus-sample", "relation": "requires", "scheme": "url", "resource_type": "dataset"},
]
meta = {
    "title": "euskara-encoders: Basque text encoders, training and evaluation toolkit",
    "upload_type": "software",
    "version": "v0.4.2",
    "publication_date": "2024-04-18",
    "description": desc,
    "creators": creators,
    "contributors": [{"name": "Goikoetxea, Jon", "type": "ProjectMember", "affiliation": "Euskal Herriko Unibertsitatea (UPV/EHU)"}],
    "keywords": ["euskara", "Basque", "NLP", "ELECTRA", "sentence embeddings", "entity retrieval"],
    "license": "apache-2.0",
    "access_right": "open",
    "language": "eus",
    "communities": [{"identifier": "basque-nlp"}],
    "grants": [{"id": "10.13039/501100000780::101070000"}],
    "related_identifiers": rel,
    "references": refs,
    "notes": "v0.4.1 bertsioaren akatsa konpondua: tokenizatzailearen 50265 hiztegi-tamaina. Ikus CHANGELOG.md.",
}
write("258_zenodo_json_github_release_metadata_basque_text_encoders_toolkit.zenodo.json", json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
