#!/usr/bin/env python3
"""Builds digests/169_openalex_api_works_select_ssl_reading_list.json: the response of an OpenAlex works query a
student saved for her reading list ("curl -s 'https://api.openalex.org/works?filter=openalex:W…|W…&select=id,doi,
title,display_name,publication_year,publication_date,ids,primary_location,best_oa_location,authorships,type,
cited_by_count&per_page=25' > ssl_reading.json"): compact JSON as the API returns it (no spaces, UTF-8 unescaped),
`meta` (count, db_response_time_ms, page, per_page, groups_count), `results` in the order of the filter, `group_by`.
Each work as OpenAlex shapes it: W ids, doi as a doi.org URL (arXiv DOIs lower-cased `10.48550/arxiv.…`), `ids`
with `mag` numbers, `primary_location`/`best_oa_location` with `source` (arXiv (Cornell University) as a repository,
IEEE CVPR/ICCV proceedings, NeurIPS, ICLR without a landing page), `version`, `is_oa`, authorships with positions,
A ids, `raw_author_name`, empty `institutions`.

Evidence: arXiv locations with arxiv.org abs/pdf URLs (link), two arXiv locations known only by their DataCite DOI
landing page (`https://doi.org/10.48550/arxiv.…`: arxiv-text, as in earlier rounds), conference-only works
(title-only). IEEE DOIs like `10.1109/cvpr46437.2021.00294` are id-like but not arXiv ids. The W/A/S/mag
numbers are invented (the arXiv source id and Cornell's institution id are OpenAlex's)."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import authors, title

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "169_openalex_api_works_select_ssl_reading_list.json")


def h(s, n):
    return str(int(hashlib.sha256(s.encode()).hexdigest(), 16))[:n]


ARXIV_SRC = {"id": "https://openalex.org/S4306400194", "display_name": "arXiv (Cornell University)", "issn_l": None,
             "issn": None, "is_oa": True, "is_in_doaj": False, "is_core": False,
             "host_organization": "https://openalex.org/I205783295", "host_organization_name": "Cornell University",
             "host_organization_lineage": ["https://openalex.org/I205783295"],
             "host_organization_lineage_names": ["Cornell University"], "type": "repository"}


def conf_src(sid, name, issn=None):
    return {"id": f"https://openalex.org/S{sid}", "display_name": name, "issn_l": issn, "issn": [issn] if issn else None,
            "is_oa": False, "is_in_doaj": False, "is_core": True, "host_organization": None,
            "host_organization_name": None, "host_organization_lineage": [], "host_organization_lineage_names": [],
            "type": "conference"}


def loc(src, landing, pdf=None, version="submittedVersion", oa=True, lic=None):
    return {"is_oa": oa, "landing_page_url": landing, "pdf_url": pdf, "source": src, "license": lic,
            "license_id": f"https://openalex.org/licenses/{lic}" if lic else None, "version": version,
            "is_accepted": version != "submittedVersion", "is_published": version == "publishedVersion"}


def arxiv_loc(aid, via_doi=False):
    if via_doi:
        return loc(ARXIV_SRC, f"https://doi.org/10.48550/arxiv.{aid}", None, lic="cc-by" if aid.startswith("2011") else None)
    return loc(ARXIV_SRC, f"http://arxiv.org/abs/{aid}", f"http://arxiv.org/pdf/{aid}")


def work(key, wtitle, year, date, doi, primary, best, typ, cites, raw_case=None):
    wid = "W" + h("w" + key, 10)
    au = authors(key)
    aus = []
    for i, a in enumerate(au):
        aus.append({"author_position": "first" if i == 0 else ("last" if i == len(au) - 1 else "middle"),
                    "author": {"id": "https://openalex.org/A5" + h("a" + a, 9), "display_name": a,
                               "orcid": None},
                    "institutions": [], "countries": [], "is_corresponding": False, "raw_author_name": a,
                    "raw_affiliation_strings": [], "affiliations": []})
    ids = {"openalex": f"https://openalex.org/{wid}"}
    if doi: ids["doi"] = doi
    ids["mag"] = h("m" + key, 10)
    return {"id": f"https://openalex.org/{wid}", "doi": doi, "title": wtitle, "display_name": wtitle,
            "publication_year": year, "publication_date": date, "ids": ids, "primary_location": primary,
            "best_oa_location": best, "authorships": aus, "type": typ, "cited_by_count": cites}


NEURIPS = conf_src("4306420609", "Neural Information Processing Systems")
ICLR = conf_src("4306419637", "International Conference on Learning Representations")
CVPR = conf_src("4363607701", "2022 IEEE/CVF Conference on Computer Vision and Pattern Recognition Workshops (CVPRW)")
CVPR21 = conf_src("4363607795", "2021 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)")
ICCV = conf_src("4363607764", "2021 IEEE/CVF International Conference on Computer Vision (ICCV)")

R = [
    work("2002.05709", title("2002.05709"), 2020, "2020-02-13", "https://doi.org/10.48550/arxiv.2002.05709",
         arxiv_loc("2002.05709"), arxiv_loc("2002.05709"), "preprint", 8123),
    work("2004.11362", title("2004.11362"), 2020, "2020-04-23", "https://doi.org/10.48550/arxiv.2004.11362",
         arxiv_loc("2004.11362"), arxiv_loc("2004.11362"), "preprint", 2611),
    work("2010.04592", title("2010.04592"), 2020, "2020-10-09", "https://doi.org/10.48550/arxiv.2010.04592",
         arxiv_loc("2010.04592", via_doi=True), arxiv_loc("2010.04592", via_doi=True), "preprint", 517),
    work("2011.04419", title("2011.04419"), 2020, "2020-11-09", "https://doi.org/10.48550/arxiv.2011.04419",
         arxiv_loc("2011.04419", via_doi=True), arxiv_loc("2011.04419", via_doi=True), "preprint", 61),
    work("2006.05576", title("2006.05576"), 2021, "2021-05-03", None,
         loc(ICLR, None, None, version="publishedVersion", oa=False), None, "article", 134),
    work("2011.06182", title("2011.06182"), 2020, "2020-11-12", "https://doi.org/10.48550/arxiv.2011.06182",
         arxiv_loc("2011.06182"), arxiv_loc("2011.06182"), "preprint", 12),
    work("2104.14294", title("2104.14294"), 2021, "2021-10-01", "https://doi.org/10.1109/iccv48922.2021.00951",
         loc(ICCV, "https://doi.org/10.1109/iccv48922.2021.00951", None, version="publishedVersion", oa=False),
         None, "article", 3710),
    work("2006.06882", title("2006.06882"), 2020, "2020-12-06", None,
         loc(NEURIPS, "https://proceedings.neurips.cc/paper/2020/hash/27e9661e033a73a6ad8cefcde965c54d-Abstract.html",
             "https://proceedings.neurips.cc/paper/2020/file/27e9661e033a73a6ad8cefcde965c54d-Paper.pdf",
             version="publishedVersion"), None, "article", 502),
    work("2012.07177", "Simple Copy-Paste Is a Strong Data Augmentation Method for Instance Segmentation", 2021,
         "2021-06-01", "https://doi.org/10.1109/cvpr46437.2021.00294",
         loc(CVPR21, "https://doi.org/10.1109/cvpr46437.2021.00294", None, version="publishedVersion", oa=False),
         None, "article", 905),
    work("2004.08955", title("2004.08955"), 2022, "2022-06-01", "https://doi.org/10.1109/cvprw56347.2022.00309",
         loc(CVPR, "https://doi.org/10.1109/cvprw56347.2022.00309", None, version="publishedVersion", oa=False),
         None, "article", 1288),
    work("2010.11929", title("2010.11929"), 2021, "2021-05-03", None,
         loc(ICLR, None, None, version="publishedVersion", oa=False),
         loc(ARXIV_SRC, "https://arxiv.org/abs/2010.11929", "https://arxiv.org/pdf/2010.11929"), "article", 21544),
]
# best_oa_location of the conference-only works: null (the proceedings PDF counts for the NeurIPS one)
R[7]["best_oa_location"] = R[7]["primary_location"]

doc = {"meta": {"count": len(R), "db_response_time_ms": 41, "page": 1, "per_page": 25, "groups_count": None},
       "results": R, "group_by": []}

with open(OUT, "w", encoding="utf-8") as fh:
    fh.write(json.dumps(doc, ensure_ascii=False, separators=(",", ":")))
