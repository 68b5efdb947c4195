#!/usr/bin/env python3
"""1373: a terminal session (Persian): an Isfahan-like lab's student (مهسا, `mahsa`) queries the reading group's Hasura
instance with curl: the run_sql body file (`cat`), Hasura v2's `/v2/query` run_sql answer through `jq .`
(`result_type` TuplesOk, every value a string or null, the header row first), a GraphQL query on `/v1/graphql` through
`jq -c '.data.reading_list[]'` (ids as numbers), and a run_sql with a misspelt column answered by a postgres-error
object. Persian notes keep their ZWNJ (U+200C). The admin secret is an environment variable, never shown. LangChain's
docs, Gymnasium's docs and the RT-2 / Trajectory Transformer project pages are not papers; ReAct, GCG, RT-2, MemGPT are
nicknames."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1373, keys

ZW = "\u200c"
HOST = "https://hasura.ketab-lab.example.ir"
Q1 = {"type": "run_sql", "args": {"source": "default", "sql": f"SELECT id, title, link, arxiv, note, added_by FROM reading_list WHERE topic = 'عامل{ZW}ها' ORDER BY id;", "read_only": True}}
ROWS = [
 ["id", "title", "link", "arxiv", "note", "added_by"],
 ["17", T("2304.03442"), "https://arxiv.org/abs/2304.03442", None, f"جلسهٔ اول؛ مهسا ارائه می{ZW}دهد", "mahsa"],
 ["18", T("2310.08560"), "https://arxiv.org/pdf/2310.08560", None, f"حافظهٔ سلسله{ZW}مراتبی، مثل سیستم{ZW}عامل", "arash"],
 ["19", T("2210.03629"), "https://openreview.net/forum?id=WE_vluYUL-X", None, "ReAct؛ نسخهٔ ICLR", "parisa"],
 ["20", T("2308.03688"), "https://arxiv.org/abs/2308.03688", None, f"بنچمارک؛ برای مقایسهٔ عامل{ZW}ها", "arash"],
 ["21", T("2307.15043"), None, "2307.15043", f"حملهٔ GCG؛ برای بحث ایمنی عامل{ZW}ها", "parisa"],
 ["22", T("2104.08691"), None, None, f"قدیمی{ZW}تر ولی مرتبط؛ لینک را آرش می{ZW}فرستد", "mahsa"],
 ["23", "LangChain documentation: Agents", "https://python.langchain.com/docs/modules/agents/", None, f"مستندات است، مقاله نیست", "arash"],
]
R1 = {"result_type": "TuplesOk", "result": ROWS}
GQL = 'query { reading_list(where: {topic: {_eq: "رباتیک"}}, order_by: {id: asc}) { id title link arxiv } }'
R2 = [
 {"id": 31, "title": T("2307.15818"), "link": "https://robotics-transformer2.github.io/", "arxiv": None},
 {"id": 32, "title": T("2106.02039"), "link": None, "arxiv": None},
 {"id": 33, "title": "Gymnasium documentation", "link": "https://gymnasium.farama.org/", "arxiv": None},
]
SQL3 = "SELECT id, titel FROM reading_list WHERE link IS NULL AND arxiv IS NULL;"
R3 = {"code": "postgres-error", "error": "query execution failed", "internal": {"arguments": [], "error": {
      "description": None, "exec_status": "FatalError", "hint": "Perhaps you meant to reference the column \"reading_list.title\".",
      "message": "column \"titel\" does not exist", "status_code": "42703"}, "prepared": False, "statement": SQL3}, "path": "$"}

pretty = lambda d: json.dumps(d, ensure_ascii=False, indent=2) + "\n"
compact = lambda d: json.dumps(d, ensure_ascii=False, separators=(",", ":"))
P = "mahsa@ketab:~/hasura$ "
AUTH = '-H "X-Hasura-Admin-Secret: $HASURA_ADMIN_SECRET"'
text = (P + "cat q_agents.json\n" + pretty(Q1) +
        P + f"curl -s {AUTH} -d @q_agents.json {HOST}/v2/query | jq .\n" + pretty(R1) +
        P + f"curl -s {AUTH} {HOST}/v1/graphql -d '{compact({'query': GQL})}' | jq -c '.data.reading_list[]'\n" +
        "".join(compact(r) + "\n" for r in R2) +
        P + f"curl -s {AUTH} {HOST}/v2/query -d '{compact({'type': 'run_sql', 'args': {'source': 'default', 'sql': SQL3}})}' | jq .\n" +
        pretty(R3) + P + "\n")
write_only(F1373, text, keys(F1373))
