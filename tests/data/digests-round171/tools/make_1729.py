#!/usr/bin/env python3
"""1729: a Dutch postdoc's terminal (pasted): the reading group's short links on the lab's Shlink instance
(`s.example.nl`), read through Shlink's REST API v3 with curl and jq (pagination, an @tsv listing, one short URL in
full, the arXiv ones) and one new short URL created with POST. Every output is computed from the modelled list:
jq's 2-space layout, the pagination counts, dateCreated order, shortUrl = domain + shortCode, visits total = nonBots
+ bots."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1729)
PS = "joost@werkplek:~/leesgroep$ "
H = 'curl -s -H "X-Api-Key: $SHLINK_API_KEY" '
BASE = "https://s.example.nl"
LIST = f'"{BASE}/rest/v3/short-urls?tags%5B%5D=leesgroep&orderBy=dateCreated-ASC&itemsPerPage=50"'
# (shortCode, longUrl, dateCreated, (nonBots, bots), tags, title)
LINKS = [
 ("rooster", "https://docs.example.nl/spreadsheets/d/leesgroep-voorjaar-2024", "2024-01-29T09:14:02+01:00", (41, 3), ["leesgroep"], "Leesgroep voorjaar 2024 – rooster en presentatoren"),
 ("ddpm", "https://arxiv.org/abs/2006.11239", "2024-01-29T09:20:47+01:00", (27, 5), ["leesgroep", "sessie-1"], T("2006.11239")),
 ("Wq7xd", "https://lilianweng.github.io/posts/2021-07-11-diffusion-models/", "2024-01-29T09:22:10+01:00", (19, 2), ["leesgroep", "achtergrond"], "What are Diffusion Models? | Lil'Log"),
 ("ldm", "https://arxiv.org/pdf/2112.10752v2", "2024-02-09T16:41:33+01:00", (23, 1), ["leesgroep", "sessie-2"], T("2112.10752")),
 ("k3RbP", "https://huggingface.co/docs/diffusers/index", "2024-02-09T16:44:05+01:00", (8, 0), ["leesgroep", "code"], "Diffusers (documentatie)"),
 ("diffwave", "https://wiki.example.nl/leesgroep/2024-02-27-audio", "2024-02-20T11:03:58+01:00", (12, 2), ["leesgroep", "sessie-3"], T("2009.09761")),
 ("opname-3", "https://video.example.nl/leesgroep/sessie-3", "2024-02-27T17:30:12+01:00", (6, 0), ["leesgroep", "opname"], "Opname sessie 3 (alleen intern)"),
 ("dreambooth", "https://arxiv.org/abs/2208.12242v2", "2024-03-04T10:12:40+01:00", (18, 4), ["leesgroep", "sessie-4"], T("2208.12242")),
 ("textinv", "https://drive.example.nl/s/tR8mQ2vZ", "2024-03-04T10:15:19+01:00", (9, 1), ["leesgroep", "sessie-4"], T("2208.01618")),
 ("ip2p", "https://wiki.example.nl/leesgroep/2024-03-12-bewerken", "2024-03-11T08:57:26+01:00", (14, 0), ["leesgroep", "sessie-5"], T("2211.09800") + " (arXiv:2211.09800)"),
 ("motion", "https://wiki.example.nl/leesgroep/2024-03-12-bewerken#beweging", "2024-03-11T09:01:44+01:00", (5, 0), ["leesgroep", "sessie-5", "reserve"], T("2103.14338")),
]
NEW = ("consistency", "https://arxiv.org/pdf/2303.01469.pdf", "2024-03-19T14:02:51+01:00", ["leesgroep", "sessie-6"], T("2303.01469"))


def obj(code, url, date, nb, tags, title):
    return {"shortCode": code, "shortUrl": f"{BASE}/{code}", "longUrl": url,
            "deviceLongUrls": {"android": None, "ios": None, "desktop": None}, "dateCreated": date,
            "visitsSummary": {"total": nb[0] + nb[1], "nonBots": nb[0], "bots": nb[1]}, "tags": tags,
            "meta": {"validSince": None, "validUntil": None, "maxVisits": None}, "domain": None, "title": title,
            "crawlable": False, "forwardQuery": True}


def jq(v):
    return json.dumps(v, indent=2, ensure_ascii=False).split("\n")


def build():
    objs = [obj(*x) for x in LINKS]
    L = [PS + "source ~/.config/shlink.env"]
    L += [PS + H + LIST + " | jq '.shortUrls.pagination'"]
    L += jq({"currentPage": 1, "pagesCount": 1, "itemsPerPage": 50, "itemsInCurrentPage": len(objs), "totalItems": len(objs)})
    L += [PS + H + LIST + " | jq -r '.shortUrls.data[] | [.shortCode, .dateCreated[:10], .visitsSummary.total, .title, .longUrl] | @tsv'"]
    L += [f"{o['shortCode']}\t{o['dateCreated'][:10]}\t{o['visitsSummary']['total']}\t{o['title']}\t{o['longUrl']}" for o in objs]
    L += [PS + H + f'"{BASE}/rest/v3/short-urls/ldm" | jq'] + jq(objs[3])
    L += [PS + H + LIST + " | jq -r '.shortUrls.data[] | select(.longUrl | test(\"arxiv.org\")) | \"\\(.shortUrl) -> \\(.longUrl)\"'"]
    L += [f"{o['shortUrl']} -> {o['longUrl']}" for o in objs if "arxiv.org" in o["longUrl"]]
    code, url, date, tags, title = NEW
    body = json.dumps({"longUrl": url, "customSlug": code, "tags": tags, "title": title}, ensure_ascii=False, separators=(",", ":"))
    L += [PS + H + f"-H \"Content-Type: application/json\" -d '{body}' {BASE}/rest/v3/short-urls | jq -c '{{shortUrl, dateCreated}}'"]
    L += [json.dumps({"shortUrl": f"{BASE}/{code}", "dateCreated": date}, separators=(",", ":"))]
    L += [PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
