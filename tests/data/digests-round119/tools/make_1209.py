#!/usr/bin/env python3
"""1209: an Azure Data Explorer (Kusto) v1 REST answer (Hebrew): a Haifa-like NLP group logs its reading list into a
Kusto table `ReadingList`; a member ran
`curl -s -X POST https://adx-nlp.example.westeurope.kusto.windows.net/v1/rest/query -d '{"db":"Lab","csl":"..."}' -o reading.json`
with `ReadingList | where Topic == "nlp" | project AddedAt, Title, Kind, Link, ArxivId, Note, AddedBy | order by
AddedAt desc`. The v1 answer: compact JSON, raw UTF-8 (Hebrew notes), no final newline; Tables Table_0 (the primary
result: Columns with ColumnName / DataType / ColumnType, Rows), Table_1 (@ExtendedProperties: one JSON-in-a-string
cell), Table_2 (QueryStatus) and Table_3 (the table of contents). Empty strings where a paper has no link or id.
Papers: three with an arXiv link (one pdf), two with an `arXiv:` id in ArxivId and no link, three title only; a course
and a documentation site are not papers. Rows newest first; GUIDs derived from fixed seeds."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1209, keys


def guid(seed):
    h = hashlib.sha256(("round119-1209-" + seed).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:32]}"


COLS = [("AddedAt", "DateTime", "datetime"), ("Title", "String", "string"), ("Kind", "String", "string"),
        ("Link", "String", "string"), ("ArxivId", "String", "string"), ("Note", "String", "string"),
        ("AddedBy", "String", "string")]
rows = [
 ("2024-05-05T19:42:10Z", T("2402.09353"), "paper", "https://arxiv.org/pdf/2402.09353", "",
  "DoRA — פירוק המשקל לגודל וכיוון; להשוות ל-LoRA בניסוי של נועה", "noa.levi"),
 ("2024-05-02T08:14:00Z", "Hugging Face NLP Course — פרק 7 (Main NLP tasks)", "course", "https://huggingface.co/learn/nlp-course/chapter7/1", "",
  "קורס, לא מאמר. תרגילים לסטודנטים החדשים", "amir.k"),
 ("2024-04-28T16:03:55Z", T("2104.08691"), "paper", "", "",
  "prompt tuning — אין קישור עדיין, יובל מציג בשבוע הבא", "yuval.b"),
 ("2024-04-25T11:20:31Z", T("1910.10683"), "paper", "", "arXiv:1910.10683",
  "T5 — רק המזהה, בלי קישור. פרק 3 (הניסויים) חובה", "noa.levi"),
 ("2024-04-21T09:47:12Z", T("1908.10084"), "paper", "https://arxiv.org/abs/1908.10084", "",
  "SBERT — בסיס לחיפוש הסמנטי בעברית", "dana.s"),
 ("2024-04-18T14:30:00Z", "SentenceTransformers Documentation", "docs", "https://www.sbert.net/", "",
  "תיעוד הספרייה (לא מאמר)", "dana.s"),
 ("2024-04-11T10:05:48Z", T("2004.10102"), "paper", "", "",
  "ניתוח attention לפי נורמות וקטורים — כותרת בלבד, מהסדנה של תמר", "tamar.g"),
 ("2024-04-07T21:18:26Z", T("1910.13461"), "paper", "https://arxiv.org/abs/1910.13461", "",
  "BART — לסיכום טקסטים בעברית (מודל בסיס)", "amir.k"),
 ("2024-03-30T12:00:09Z", T("1802.05365"), "paper", "", "arXiv:1802.05365",
  "ELMo — קלאסיקה, רק מזהה arXiv", "yuval.b"),
 ("2024-03-24T08:51:40Z", T("1301.3781"), "paper", "", "",
  "word2vec — המאמר המקורי, בלי קישור (יש PDF בתיקייה המשותפת)", "tamar.g"),
]
assert [r[0] for r in rows] == sorted((r[0] for r in rows), reverse=True)
ext = {"Visualization": None, "Title": None, "XColumn": None, "Series": None, "YColumns": None, "AnomalyColumns": None,
       "XTitle": None, "YTitle": None, "XAxis": None, "YAxis": None, "Legend": None, "YSplit": None, "Accumulate": False,
       "IsQuerySorted": True, "Kind": None, "Ymin": "NaN", "Ymax": "NaN", "Xmin": None, "Xmax": None}
col = lambda n, d, c: {"ColumnName": n, "DataType": d, "ColumnType": c}
d = {"Tables": [
 {"TableName": "Table_0", "Columns": [col(*c) for c in COLS], "Rows": [list(r) for r in rows]},
 {"TableName": "Table_1", "Columns": [col("Value", "String", "string")],
  "Rows": [[json.dumps(ext, separators=(",", ":"))]]},
 {"TableName": "Table_2", "Columns": [col("Timestamp", "DateTime", "datetime"), col("Severity", "Int32", "int"),
   col("SeverityName", "String", "string"), col("StatusCode", "Int32", "int"), col("StatusDescription", "String", "string"),
   col("Count", "Int32", "int"), col("RequestId", "Guid", "guid"), col("ActivityId", "Guid", "guid"),
   col("SubActivityId", "Guid", "guid"), col("ClientActivityId", "String", "string")],
  "Rows": [["2024-05-06T07:12:43.3102857Z", 4, "Info", 0, "Query completed successfully", 1, guid("req"), guid("req"),
            guid("sub"), "KD2RunQuery;" + guid("client")]]},
 {"TableName": "Table_3", "Columns": [col("Ordinal", "Int64", "long"), col("Kind", "String", "string"),
   col("Name", "String", "string"), col("Id", "String", "string"), col("PrettyName", "String", "string")],
  "Rows": [[0, "QueryResult", "PrimaryResult", guid("t0"), ""], [1, "QueryProperties", "@ExtendedProperties", guid("t1"), ""],
           [2, "QueryStatus", "QueryStatus", "00000000-0000-0000-0000-000000000000", ""]]},
]}
text = json.dumps(d, ensure_ascii=False, separators=(",", ":"))
write_only(F1209, text, keys(F1209))
