#!/usr/bin/env python3
"""1198: an awesome list README in Hebrew (“Awesome LLM Agents בעברית”, an invented GitHub repository
`agentim-il/awesome-llm-agents-he`) whose table of contents is DocToc's generated block (the START / DON'T EDIT / END
comments and the default “**Table of Contents**  *generated with [DocToc](…)*” line; `##` entries flush left, `###`
two spaces in, anchors as GitHub slugs of the headings). The body sits in `<div dir="rtl">` as Hebrew READMEs do.
Paper entries are written as awesome lists write them: `[title](link) - description.`; the link may be an arXiv abs
or pdf URL, an OpenReview forum URL, or a non-paper page (a project site, a lab page, a blog post — then the entry is
title-only), and one entry gives a bare `arXiv:` id in code. Tools, courses, talks and a leaderboard are not papers."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1198, keys


def slug(h):
    return re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-")


body = [
 ("##", "מאמרים"),
 ("###", "הנמקה, רפלקציה ותכנון"),
 f"- [{T('2303.11366')}](https://arxiv.org/abs/2303.11366) - הסוכן כותב לעצמו ביקורת מילולית אחרי כל ניסיון כושל ושומר אותה בזיכרון לפרק הבא. [[קוד](https://github.com/noahshinn/reflexion)]",
 f"- [{T('2310.11511')}](https://arxiv.org/pdf/2310.11511.pdf) - המודל מחליט בעצמו מתי לשלוף מסמכים, ומבקר את התשובה בעזרת טוקנים מיוחדים (reflection tokens).",
 ("###", "שימוש בכלים"),
 f"- **{T('2302.04761')}** - `arXiv:2302.04761` - המודל לומד לבד מתי לקרוא ל-API (מחשבון, חיפוש, תרגום). אין עדיין קוד רשמי; יש מימושים של הקהילה.",
 "- [Berkeley Function-Calling Leaderboard](https://gorilla.cs.berkeley.edu/leaderboard.html) - לוח תוצאות לקריאה לפונקציות (לא מאמר).",
 ("###", "סוכנים מגולמים ומשחקים"),
 f"- [{T('2305.16291')}](https://arxiv.org/abs/2305.16291) - סוכן ב-Minecraft שבונה לעצמו ספריית מיומנויות בקוד. [[אתר הפרויקט](https://voyager.minedojo.org/)]",
 f"- [{T('2205.06175')}](https://www.deepmind.com/publications/a-generalist-agent) - Gato של DeepMind: רשת אחת למשחקי Atari, לזרוע רובוטית ולשיחה (TMLR 2022).",
 ("###", "בנצ'מרקים והערכה"),
 f"- [{T('2310.06770')}](https://openreview.net/forum?id={OR('2310.06770')}) - באגים אמיתיים מ-GitHub שהסוכן צריך לתקן עד שהטסטים עוברים (ICLR 2024). [[לוח התוצאות](https://www.swebench.com/)]",
 f"- {T('2206.14858')} - Minerva; מתמטיקה ברמת תיכון ואוניברסיטה (NeurIPS 2022). לא תמיד נחשב \"סוכן\", אבל מופיע בכל השוואה של הנמקה.",
 ("###", "יישור והוראות"),
 f"- [{T('2203.02155')}](https://openai.com/research/instruction-following) - InstructGPT; הבסיס של RLHF שכל הסוכנים של היום נשענים עליו. הקישור לפוסט בבלוג של OpenAI.",
 ("##", "ספריות וכלים"),
 "- [LangChain](https://github.com/langchain-ai/langchain) - ספרייה לבניית סוכנים ושרשראות (לא מאמר).",
 "- [AutoGen](https://github.com/microsoft/autogen) - שיחות בין כמה סוכנים, של Microsoft.",
 "- [LlamaIndex](https://github.com/run-llama/llama_index) - חיבור מודלים למקורות מידע.",
 ("##", "קורסים והרצאות"),
 "- [CS294/194-196: Large Language Model Agents](https://rdi.berkeley.edu/llm-agents/f24) - קורס של ברקלי, סתיו 2024, עם הקלטות.",
 "- [LLM Powered Autonomous Agents](https://lilianweng.github.io/posts/2023-06-23-agent/) - פוסט ארוך של Lilian Weng (בלוג, לא מאמר).",
 "- [מיטאפ סוכנים תל אביב #7](https://www.youtube.com/watch?v=vR3kLmT0e9A) - הרצאה בעברית על Reflexion ו-Voyager (וידאו).",
 ("##", "תרומה לרשימה"),
 "רוצים להוסיף משהו? פתחו Pull Request. כל שורה: `- [שם](קישור) - תיאור קצר.` ואחרי זה הריצו `doctoc README.md` כדי לעדכן את תוכן העניינים.",
 ("##", "רישיון"),
 "[![CC0](https://licensebuttons.net/p/zero/1.0/88x31.png)](https://creativecommons.org/publicdomain/zero/1.0/)",
]
toc, out = [], []
for item in body:
    if isinstance(item, tuple):
        lvl, h = item
        toc.append(("" if lvl == "##" else "  ") + f"- [{h}](#{slug(h)})")
        out += ["", f"{lvl} {h}", ""]
    else:
        out.append(item)
md = "\n".join([
 "# Awesome LLM Agents בעברית [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)",
 "",
 '<div dir="rtl">',
 "",
 "רשימה מקוצרת ומתוחזקת של מאמרים, כלים וקורסים על סוכנים מבוססי מודלי שפה גדולים. שמות המאמרים נשארים באנגלית כדי שיהיה קל לחפש אותם.",
 "",
 "<!-- START doctoc generated TOC please keep comment here to allow auto update -->",
 "<!-- DON'T EDIT THIS SECTION, INSTEAD RE-RUN doctoc TO UPDATE -->",
 "**Table of Contents**  *generated with [DocToc](https://github.com/thlorenz/doctoc)*",
 "",
 *toc,
 "",
 "<!-- END doctoc generated TOC please keep comment here to allow auto update -->",
 *out,
 "",
 "</div>",
]) + "\n"
md = re.sub(r"\n{3,}", "\n\n", md)
write_only(F1198, md, keys(F1198))
