#!/usr/bin/env python3
"""1290: a Steampipe interactive query session (Hebrew): a Haifa-like lab's vision-language reading group keeps its
shared links in a bookmark service with an RSS feed and its schedule in `reading_list.csv`; a member (רבקה) queried both
with Steampipe's RSS and CSV plugins and pasted the terminal into the group's wiki. The session: `steampipe query`'s
welcome lines, `.timing on`, rss_channel and rss_item queries (page titles as the bookmark service stored them — arXiv's
`[id] Title`, a PDF's title, GitHub's and YouTube's titles), a query without the required `feed_link` qual and its
error, the CSV table (Hebrew session names, presenters, statuses and notes; an arXiv id column, empty when unknown),
`.exit`. Tables in Steampipe's ASCII layout (`+---+`, `| cell |`, widths by display width), each followed by the
timing line. The GitHub repositories (haotian-liu/LLaVA, openai/CLIP, open_clip) and the session recording are not
papers; CLIP, ALIGN, SigLIP, SAM and Frozen are nicknames."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1290, keys


def w(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def table(cols, rows):
    ws = [max([w(c)] + [w(r[i]) for r in rows]) for i, c in enumerate(cols)]
    rule = "+" + "+".join("-" * (x + 2) for x in ws) + "+"
    line = lambda cells: "|" + "|".join(" " + c + " " * (x - w(c)) + " " for c, x in zip(cells, ws)) + "|"
    return [rule, line(cols), rule] + [line(r) for r in rows] + [rule]


FEED = "https://links.vl-reading.example.ac.il/feed.xml"
P = "> "
out = ["rivka@vl-lab:~/reading$ steampipe query", "Welcome to Steampipe v0.23.2", "For more information, type .help",
       P + ".timing on", "Timing is now on"]


def query(sql, cols, rows, ms, fetched=None):
    global out
    out.append(P + sql)
    out += table(cols, rows)
    out.append("")
    out.append(f"Time: {ms}ms. Rows returned: {len(rows)}. Rows fetched: {len(rows) if fetched is None else fetched}. Hydrate calls: 0.")


query(f"select title, description from rss_channel where feed_link = '{FEED}';", ["title", "description"],
      [["קישורים – קבוצת הקריאה Vision-Language", "קישורים שחברי הקבוצה שמרו לקראת המפגשים (מתעדכן אוטומטית)"]], 388)
items = [
 (f"[2304.08485] {T('2304.08485')}", "https://arxiv.org/abs/2304.08485", "2024-05-12T18:41:07Z"),
 ("GitHub - haotian-liu/LLaVA: [NeurIPS'23 Oral] LLaVA built towards GPT-4V level capabilities and beyond.", "https://github.com/haotian-liu/LLaVA", "2024-05-12T18:39:55Z"),
 (f"[2304.02643] {T('2304.02643')}", "https://arxiv.org/abs/2304.02643", "2024-05-09T07:12:40Z"),
 (T("2307.15818"), "https://arxiv.org/pdf/2307.15818", "2024-05-06T21:03:18Z"),
 ("הקלטת מפגש 9 – CLIP (יוטיוב)", "https://www.youtube.com/watch?v=h6Vt3QnXk2A", "2024-04-30T16:20:00Z"),
 (f"[2103.00020] {T('2103.00020')}", "https://arxiv.org/abs/2103.00020", "2024-04-28T10:05:31Z"),
 ("GitHub - openai/CLIP: CLIP (Contrastive Language-Image Pretraining), Predict the most relevant text snippet given an image", "https://github.com/openai/CLIP", "2024-04-28T10:04:12Z"),
]
query(f"select title, link, published from rss_item where feed_link = '{FEED}' order by published desc;",
      ["title", "link", "published"], [list(i) for i in items], 521)
out.append(P + "select title, link from rss_item limit 3;")
out.append("Error: 'List' call for table 'rss_item' is missing 1 required qual: column:'feed_link' operator: =")
out.append("")
csv_rows = [
 ["מפגש 9", T("2103.00020"), "2103.00020", "רבקה", "הוצג", "CLIP; ההקלטה ביוטיוב"],
 ["מפגש 10", T("2102.05918"), "2102.05918", "נועה", "הוצג", "ALIGN – מיליארד זוגות רועשים"],
 ["מפגש 11", T("2106.13884"), "", "איתי", "לקרוא", "Frozen; עוד אין קישור"],
 ["מפגש 12", T("2303.15343"), "", "רבקה", "לקרוא", "SigLIP; מישהו מוצא את הגרסה הסופית?"],
 ["מפגש 13", T("2006.06882"), "", "יונתן", "לקרוא", "לא VL, אבל שאלה טובה על pre-training"],
 ["—", "open_clip (ספרייה, לא מאמר)", "", "", "כלי", "mlfoundations/open_clip"],
]
query("select session, title, arxiv, presenter, status, notes from csv.reading_list;",
      ["session", "title", "arxiv", "presenter", "status", "notes"], csv_rows, 17)
out.append(P + ".exit")
out.append("rivka@vl-lab:~/reading$ ")
text = "\n".join(out) + "\n"
write_only(F1290, text, keys(F1290))
