#!/usr/bin/env python3
"""2146 (negative): a DEV Community (dev.to) post with comments, copied as text from the browser (as remembered: the
DEV header, reactions and comment counts in the side bar, author, «Posted on», tags «#…», «n min read», the body,
«Top comments (n)», comments with «•» dates and «Like / Reply», the footer «DEV Community — A constructive and inclusive
social network for software developers.»), by an invented student of St. George's University (Grenada). It names only
software, books, datasets, talks, courses and blog posts — some titled like papers — and no paper. English. Computed:
the reading time (200 words a minute), the comment count (asserted). The builder refuses any catalogue title and
anything arXiv-shaped."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(2146)
BODY = [
 "Our public-health data club at SGU asked me for a list of what actually helped me learn ML this year. No papers "
 "here — just tools, books, data and talks.",
 "## Tools",
 "- scikit-learn's user guide (the section on cross-validation saved my thesis).",
 "- Polars instead of pandas for the big surveillance CSVs.",
 "- Weights & Biases for tracking runs; the free academic tier is enough.",
 "## Books",
 "- «Hands-On Machine Learning with Scikit-Learn, Keras, and TensorFlow» by Aurélien Géron.",
 "- «Deep Learning for Coders with fastai and PyTorch» by Jeremy Howard and Sylvain Gugger.",
 "- «Statistical Rethinking» by Richard McElreath — a book, and the lectures are on YouTube.",
 "## Data",
 "- The PAHO dengue indicators for the Caribbean.",
 "- Grenada's open meteorological records (ask the Maurice Bishop airport station).",
 "## Talks and posts",
 "- «Attention Is Not What You Need (For Tabular Data)» — a meetup talk by a friend, not a paper.",
 "- «A Gentle Introduction to Transformers for Epidemiologists» — blog post.",
 "- fast.ai's «Practical Deep Learning for Coders» course.",
]
COMMENTS = [
 ("Kezia Charles", "Mar 9", "Polars changed my life too. Did you try DuckDB for the joins?"),
 ("Devon Mitchell", "Mar 10", "Adding «The Hundred-Page Machine Learning Book» (Burkov) — short and honest."),
 ("Shania Noel", "Mar 11", "Is the meetup talk recorded? The title alone is worth it 😂"),
]
words = sum(len(p.split()) for p in BODY)
mins = max(1, round(words / 200))
out = ["Skip to content", "DEV Community", "Search...", "Log in", "Create account", "", "❤️ 24  🦄 3  🔖 11",
       f"💬 {len(COMMENTS)}", "", "Ana-Lise Francis", "Posted on Mar 8", "",
       "What actually helped me learn ML (a non-paper list from Grenada)", "#machinelearning #beginners #python #datascience",
       "", f"{mins} min read", ""]
out += BODY + ["", f"Top comments ({len(COMMENTS)})", "", "Subscribe", ""]
assert len(COMMENTS) == 3
for who, d, t in COMMENTS:
    out += [f"{who} • {d}", t, "Like · Reply", ""]
out += ["Code of Conduct • Report abuse", "",
        "DEV Community — A constructive and inclusive social network for software developers. With you every step of your journey.",
        "Home", "Podcasts", "Videos", "Tags", "DEV Help", "Forem Shop", "© 2016 - 2026."]
write(F, "\n".join(out) + "\n", negative=True)
