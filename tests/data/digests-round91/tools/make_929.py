#!/usr/bin/env python3
"""929: the answer of a PocketBase (v0.22) server to
`GET /api/collections/papers/records?page=1&perPage=30&sort=-created&expand=added_by`, saved with `curl -s … -o`,
from the little reading app (`paath.nlp-lab.example`) of a Hindi-speaking LLM reading group: Go's compact JSON as the
server writes it (encoding/json: `<` `>` `&` as `\\u003c` `\\u003e` `\\u0026`, non-ASCII as is, a final newline from
the encoder); the list result `page`, `perPage`, `totalItems`, `totalPages`, `items` in struct order; every record a
map with its keys sorted (Go sorts map keys): the system fields `collectionId` (15 characters), `collectionName`,
`created`, `id` (15 characters [a-z0-9]), `updated` (`YYYY-MM-DD HH:MM:SS.mmmZ`), the collection's fields — `title`
(text), `url` (url, empty string when unset), `arxiv` (text), `summary` (editor: HTML), `tags` (multiple select),
`status` (select), `votes` (number), `discussed_on` (date or empty), `added_by` (relation) — and `expand.added_by`,
the users record (auth fields; e-mail hidden: `emailVisibility` false). Newest first. The Chatbot Arena leaderboard,
the llm-attacks and AgentBench repositories, the model card and the YouTube talk are not papers."""
import datetime as dt, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(929)
K = dict(cot="2201.11903", agentbench="2308.03688", llama2="2307.09288", genagents="2304.03442", survey="2303.18223",
         emergent="2206.07682", know="2207.05221", gcg="2307.15043")
AL = "abcdefghijklmnopqrstuvwxyz0123456789"


def pbid(s):
    h = hashlib.sha256(("929-" + s).encode()).digest()
    return "".join(AL[b % 36] for b in h[:15])


def ts(m, d, hh, mi, ss, ms):
    return f"2024-{m:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}Z"


USERS = {}


def user(handle, name, created):
    USERS[handle] = {"avatar": "", "collectionId": "_pb_users_auth_", "collectionName": "users", "created": created,
                     "emailVisibility": False, "id": pbid("u-" + handle), "name": name, "updated": created,
                     "username": handle, "verified": True}


user("ananya", "अनन्या शर्मा", ts(1, 8, 9, 12, 40, 118))
user("rohit", "रोहित मेहता", ts(1, 8, 9, 30, 2, 771))
user("farah", "फ़राह ख़ान", ts(1, 10, 14, 3, 55, 309))
user("vikram", "विक्रम अय्यर", ts(1, 15, 11, 47, 20, 64))
PAPERS_COL = pbid("col-papers")


def rec(name, title, url, arxiv, summary, tags, status, votes, discussed, by, created, updated):
    return {"added_by": USERS[by]["id"], "arxiv": arxiv, "collectionId": PAPERS_COL, "collectionName": "papers",
            "created": created, "discussed_on": discussed, "expand": {"added_by": USERS[by]}, "id": pbid(name),
            "status": status, "summary": summary, "tags": tags, "title": title, "updated": updated, "url": url,
            "votes": votes}


READ, TODO, DONE = "पढ़ना है", "पढ़ रहे हैं", "चर्चा हो गई"
ITEMS = [
    rec("arena", "Chatbot Arena लीडरबोर्ड (लेख नहीं, सिर्फ़ संदर्भ के लिए)",
        "https://huggingface.co/spaces/lmsys/chatbot-arena-leaderboard", "",
        "<p>मूल्यांकन वाले सत्र में मॉडलों की तुलना के लिए। यह लीडरबोर्ड है, कोई पेपर नहीं।</p>", ["मूल्यांकन"], TODO, 1, "",
        "farah", ts(3, 5, 6, 41, 9, 512), ts(3, 5, 6, 41, 9, 512)),
    rec("gcg", T(K["gcg"]), "", "",
        "<p>सुरक्षा-प्रशिक्षित (aligned) मॉडलों पर एक ही <em>adversarial suffix</em> कई मॉडलों को तोड़ देता है — और "
        "ओपन मॉडल पर खोजा गया suffix बंद मॉडलों पर भी काम करता है। कोड: "
        "<a href=\"https://github.com/llm-attacks/llm-attacks\">llm-attacks</a> (रिपॉज़िटरी)।</p>"
        "<p>रोहित: इसे सुरक्षा वाले सत्र में रखें, पहले <strong>Llama 2</strong> वाला पेपर पढ़ लें।</p>",
        ["सुरक्षा", "alignment"], READ, 4, "", "rohit", ts(3, 4, 19, 2, 44, 90), ts(3, 5, 8, 15, 31, 276)),
    rec("llama2", T(K["llama2"]), "https://arxiv.org/abs/2307.09288", "",
        "<p>7B से 70B तक के ओपन मॉडल, और Llama 2-Chat के लिए SFT + RLHF का पूरा ब्योरा (ghost attention, "
        "सुरक्षा डेटा)। हम <code>meta-llama/Llama-2-7b-chat-hf</code> (मॉडल कार्ड, पेपर नहीं) से प्रयोग करेंगे।</p>",
        ["ओपन मॉडल", "alignment"], TODO, 6, "", "vikram", ts(3, 1, 10, 27, 3, 845), ts(3, 4, 21, 9, 12, 300)),
    rec("agentbench", T(K["agentbench"]), "https://arxiv.org/abs/2308.03688", "",
        "<p>8 वातावरणों (OS, डेटाबेस, वेब शॉपिंग…) में LLM को एजेंट की तरह परखते हैं; बंद और ओपन मॉडलों के बीच बड़ा "
        "अंतर। बेंचमार्क का कोड: <a href=\"https://github.com/THUDM/AgentBench\">THUDM/AgentBench</a>।</p>",
        ["एजेंट", "मूल्यांकन"], READ, 3, "", "farah", ts(2, 27, 16, 50, 21, 33), ts(2, 27, 16, 58, 40, 712)),
    rec("genagents", T(K["genagents"]), "", "",
        "<p>25 एजेंटों का एक छोटा कस्बा: स्मृति-धारा, चिंतन (reflection) और योजना। "
        "<a href=\"https://arxiv.org/pdf/2304.03442\">PDF</a> · लेखकों की बातचीत: "
        "<a href=\"https://www.youtube.com/watch?v=nKCJ3BMUy1s&t=95s\">YouTube</a></p>"
        f"<p>{au(K['genagents'], 2)} — UIST 2023।</p>",
        ["एजेंट"], DONE, 5, "2024-02-22 00:00:00.000Z", "ananya", ts(2, 12, 11, 5, 2, 640), ts(2, 23, 9, 44, 18, 58)),
    rec("know", T(K["know"]), "", "",
        "<p>क्या मॉडल जानता है कि उसे जवाब पता है? P(True) और P(IK) से कैलिब्रेशन। अनन्या: "
        "“बड़े मॉडल ज़्यादा अच्छे से कैलिब्रेटेड हैं — लेकिन सिर्फ़ सही फ़ॉर्मैट में।”</p>",
        ["कैलिब्रेशन"], DONE, 2, "2024-02-15 00:00:00.000Z", "ananya", ts(2, 6, 20, 33, 47, 201), ts(2, 16, 7, 12, 5, 999)),
    rec("emergent", T(K["emergent"]), "", "",
        "<p>कुछ क्षमताएँ छोटे मॉडलों में लगभग शून्य और एक पैमाने के बाद अचानक दिखती हैं। चर्चा में सवाल उठा: "
        "क्या यह मीट्रिक चुनने का असर है?</p>",
        ["स्केलिंग"], DONE, 4, "2024-02-08 00:00:00.000Z", "vikram", ts(1, 30, 18, 20, 0, 417), ts(2, 9, 10, 2, 51, 160)),
    rec("cot", T(K["cot"]), "https://openreview.net/forum?id=_VjQlMeSB_J", "",
        "<p>उदाहरणों में बीच के तर्क-चरण लिख देने से बड़े मॉडल गणित और कॉमनसेंस सवालों में काफ़ी बेहतर होते हैं। "
        "NeurIPS 2022; OpenReview पर समीक्षाएँ भी पढ़ें।</p>",
        ["तर्क", "prompting"], DONE, 7, "2024-02-01 00:00:00.000Z", "rohit", ts(1, 22, 9, 41, 13, 585), ts(2, 2, 8, 0, 44, 27)),
    rec("survey", T(K["survey"]), "", "2303.18223",
        "<p>पूरी सूची की शुरुआत के लिए: pre-training, adaptation, utilization और evaluation पर लंबा सर्वेक्षण। "
        "नए सदस्यों को पहले यही दें।</p>",
        ["सर्वेक्षण"], DONE, 3, "2024-01-25 00:00:00.000Z", "ananya", ts(1, 16, 15, 8, 36, 702), ts(1, 26, 12, 30, 9, 311)),
]
res = {"page": 1, "perPage": 30, "totalItems": len(ITEMS), "totalPages": 1, "items": ITEMS}
assert [i["created"] for i in ITEMS] == sorted((i["created"] for i in ITEMS), reverse=True)
text = json.dumps(res, ensure_ascii=False, separators=(",", ":"))
text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"
write_only(F, text, keys(F), forms=[json.dumps(res, ensure_ascii=False)])
