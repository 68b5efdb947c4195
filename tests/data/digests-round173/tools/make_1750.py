#!/usr/bin/env python3
"""1750: a Spanish research group's Teedy document archive, read from a terminal (pasted): the login (status code
only), the document list through jq as a total and @tsv rows (creation date from create_date in ms, UTC; title;
tags joined), and a loop fetching four documents by id printed with `jq -c` (compact). All computed from the modelled
archive: total = the rows, rows in create_date order (sort_column=3, asc), ids (uuid form, from a hash) the listing's,
each detail's title equal to its row's."""
import datetime as dt, hashlib, json, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, GLOROT, DBN

F = by_num(1750)
PS = "lucia@despacho-214:~$ "
H = "https://archivo.example.es"
T0 = dt.datetime(2024, 1, 9, 9, 12, 40, tzinfo=dt.timezone.utc)
# (title, tags, identifier, source, minutes after T0)
DOCS = [
 (GLOROT, ["clasicos", "inicializacion"], "", "", 0),
 (DBN, ["clasicos"], "", "", 7),
 ("Manual del clúster Hidra (v3, PDF)", ["interno"], "", "", 1440 * 2 + 31),
 (T("1512.03385"), ["clasicos", "arquitecturas"], "", "https://arxiv.org/abs/1512.03385", 1440 * 6 + 95),
 (T("1502.01852"), ["clasicos", "inicializacion"], "arXiv:1502.01852", "", 1440 * 6 + 102),
 (T("2010.01412"), ["optimizacion"], "", "https://arxiv.org/pdf/2010.01412v3", 1440 * 15 + 640),
 (T("2103.13462"), ["optimizacion", "teoria"], "", "", 1440 * 15 + 655),
 ("Goodfellow, Bengio, Courville – Deep Learning, cap. 8 (libro, escaneo)", ["curso"], "", "", 1440 * 22 + 300),
 (T("2006.14536"), ["robustez"], "", "", 1440 * 29 + 418),
 (T("2307.15043"), ["robustez", "llm"], "", "https://arxiv.org/abs/2307.15043", 1440 * 29 + 433),
 ("Acta reunión de grupo 2024-02-12", ["interno"], "", "", 1440 * 34 + 60),
]


def did(t):
    return str(uuid.UUID(hashlib.md5(t.encode()).hexdigest(), version=4))


def build():
    L = [PS + f"curl -s -c ~/.teedy.cookies -o /dev/null -w '%{{http_code}}\\n' -d 'username=lucia.romero' -d \"password=$TEEDY_PASS\" {H}/api/user/login", "200"]
    L += [PS + f"curl -s -b ~/.teedy.cookies '{H}/api/document/list?limit=50&sort_column=3&asc=true' | jq -r '.total, (.documents[] | [(.create_date / 1000 | strftime(\"%Y-%m-%d\")), .title, (.tags | map(.name) | join(\",\"))] | @tsv)'"]
    L += [str(len(DOCS))]
    for t, tags, _, _, m in DOCS:
        L.append("\t".join([(T0 + dt.timedelta(minutes=m)).strftime("%Y-%m-%d"), t, ",".join(tags)]))
    sel = [d for d in DOCS if d[2] or d[3]]
    L += [PS + f"for id in $(curl -s -b ~/.teedy.cookies '{H}/api/document/list?limit=50&sort_column=3&asc=true' | jq -r '.documents[] | select(.title | test(\"Residual|Rectifiers|Sharpness|Universal\")) | .id'); do curl -s -b ~/.teedy.cookies {H}/api/document/$id | jq -c '{{id, title, identifier, source, language}}'; done"]
    for t, tags, ident, src, m in sel:
        L.append(json.dumps({"id": did(t), "title": t, "identifier": ident or None, "source": src or None, "language": "eng"}, ensure_ascii=False, separators=(",", ":")))
    L += [PS + "# Glorot y Hinton: solo escaneos, sin identificador; pedir a Andrés que complete los metadatos", PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
