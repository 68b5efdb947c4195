#!/usr/bin/env python3
"""382: a Notion database ("LLM evals & safety – reading tracker") exported as CSV by a new hand who puts emoji in
titles and statuses and writes long multi-line notes: UTF-8 with a byte-order mark, LF line ends, a header with
Notion's property names (Name first), select values with emoji (🟢 Done / 🟡 Reading / ⚪ To read / 🔴 Dropped),
multi-select tags joined by ", ", a person, "Added" as Notion writes dates ("February 6, 2024 4:12 PM"), a URL
property, a relation written "Page (https://www.notion.so/…)", a checkbox as Yes / No, a ⭐ rating, and notes
cells that run over several lines and quote with doubled double quotes. Papers: arXiv abs/pdf URLs and an
OpenReview forum URL in the URL property (link), "arXiv 2310.08560" in a note beside a project-page URL
(arxiv-text), titles as the Name (one in lower case, one after 🔥) or only in the note after a short Name, with a
repository, proceedings, JMLR or lab page URL or none (title-only). The lm-evaluation-harness repository, the
Chatbot Arena leaderboard, a course page and a talk are rows but not papers; "the mirage rebuttal" and "MMLU" are
nicknames."""
import csv, hashlib, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F382, keys

HDR = ["Name", "Status", "Tags", "Reader", "Added", "URL", "Week", "Presented", "Rating", "Notes"]


def wk(n):
    h = hashlib.md5(f"week{n}".encode()).hexdigest()
    return f"Week {n} (https://www.notion.so/Week-{n}-{h})"


judge = "https://proceedings.neurips.cc/paper_files/paper/2023/hash/" + hashlib.md5(T("2306.05685").encode()).hexdigest() + "-Abstract-Datasets_and_Benchmarks.html"
ROWS = [
 [T("2303.18223"), "🟢 Done", "survey, background", "Dana Whitlock", "January 29, 2024 9:03 AM",
  "https://arxiv.org/abs/2303.18223", wk(1), "Yes", "⭐⭐⭐",
  "Huge. Only read sections 1, 2 and 7 (evaluation).\nv13 is the one with the updated timeline figure."],
 ["BIG-bench", "🟢 Done", "benchmarks", "Marco Ferreira-Lind", "January 29, 2024 9:10 AM",
  "https://github.com/google/BIG-bench", wk(1), "Yes", "⭐⭐⭐⭐",
  f"full title \"\"{T('2206.04615')}\"\"\n204 tasks, 450 authors.\nThe \"\"BIG-bench Lite\"\" subset is what we will actually run."],
 ["lm-evaluation-harness", "🟡 Reading", "tooling", "Dana Whitlock", "January 30, 2024 2:47 PM",
  "https://github.com/EleutherAI/lm-evaluation-harness", "", "No", "",
  "Not a paper, it's the eval repo.\nTODO: pin version 0.4.1 before we compare numbers with anyone."],
 ["🔥 " + T("2206.07682"), "🟢 Done", "emergence, scaling", "Priya Raman", "February 6, 2024 4:12 PM",
  "", wk(2), "Yes", "⭐⭐⭐⭐⭐",
  "Pair with the mirage rebuttal (Schaeffer et al.) next week.\nFigure 2 is the one everyone screenshots."],
 [T("2207.05221").lower(), "🟢 Done", "calibration, honesty", "Marco Ferreira-Lind", "February 6, 2024 4:20 PM",
  "https://www.anthropic.com/research/language-models-mostly-know-what-they-know", wk(2), "Yes", "⭐⭐⭐⭐",
  "P(True) and P(IK).\nGood discussion question: is self-evaluation a capability or an artefact of the prompt format?"],
 [T("2306.05685"), "🟢 Done", "evals, LLM-judge", "Priya Raman", "February 13, 2024 10:31 AM",
  judge, wk(3), "Yes", "⭐⭐⭐⭐",
  "MT-Bench + Chatbot Arena.\nPosition bias and verbosity bias sections are the useful part for us."],
 ["Chatbot Arena leaderboard", "⚪ To read", "leaderboard", "Priya Raman", "February 13, 2024 10:35 AM",
  "https://chat.lmsys.org/?leaderboard", "", "No", "", "Website, check Elo of our 7B before the meeting."],
 [T("2307.15043"), "🟢 Done", "safety, jailbreaks", "Dana Whitlock", "February 20, 2024 11:02 AM",
  "https://arxiv.org/pdf/2307.15043.pdf", wk(4), "Yes", "⭐⭐⭐⭐⭐",
  "GCG suffixes.\nWe reproduced the transfer to one open model; the suffix from the paper no longer works on the API models."],
 [T("2204.02311"), "🔴 Dropped", "scaling, background", "Marco Ferreira-Lind", "February 20, 2024 11:15 AM",
  "https://jmlr.org/papers/v24/22-1144.html", "", "No", "⭐⭐",
  "Dropped from the plan: too long for what we need.\nOnly the BIG-bench and memorization sections are relevant."],
 [T("2310.06770"), "🟡 Reading", "agents, benchmarks", "Priya Raman", "February 27, 2024 3:40 PM",
  f"https://openreview.net/forum?id={OR('2310.06770')}", wk(5), "No", "",
  "ICLR 2024 oral.\nLite split = 300 instances.\nAsk Dana whether the harness runs offline."],
 [T("2310.08560"), "⚪ To read", "agents, memory", "Dana Whitlock", "February 27, 2024 3:52 PM",
  "https://memgpt.ai", wk(5), "No", "",
  "project page only, paper is arXiv 2310.08560\n(check which version the numbers in the slides come from)"],
 [T("2310.11511"), "⚪ To read", "RAG, self-eval", "Marco Ferreira-Lind", "February 27, 2024 4:05 PM",
  "https://arxiv.org/abs/2310.11511v1", wk(6), "No", "",
  "reflection tokens: Retrieve / ISREL / ISSUP / ISUSE"],
 ["CS324 lecture notes on harms", "⚪ To read", "course, safety", "Dana Whitlock", "March 1, 2024 8:44 AM",
  "https://stanford-cs324.github.io/winter2022/lectures/", "", "No", "", "Course page, not a paper.\nFor the newcomers."],
 ["Talk: evaluating agents (group seminar)", "⚪ To read", "talk, agents", "Priya Raman", "March 1, 2024 9:02 AM",
  "", wk(6), "No", "", "Recording link will be posted in #reading-group."],
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(HDR)
for r in ROWS:
    # Notion quotes only the cells that need it; the notes above already hold the doubled quotes it writes
    buf.write(",".join(c if not any(x in c for x in ",\n\"") else '"' + c + '"' for c in r) + "\n")
text = "\ufeff" + buf.getvalue()


def csv_text(s):
    """the cells as a CSV reader sees them (quotes undone), one row a line, cells joined by " | " """
    return "\n".join(" | ".join(r) for r in csv.reader(io.StringIO(s.lstrip("\ufeff"))))


if __name__ == "__main__":
    write_only(F382, text, keys(F382), forms=[csv_text(text)])
