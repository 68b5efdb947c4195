#!/usr/bin/env python3
"""2225: an issue of the Substack newsletter of a reading club at the American University of Armenia (Yerevan), copied
from the post page as text (as remembered: Substack's English chrome around Armenian text — the publication name,
«Subscribe», «Sign in», the title and subtitle, the author, «Mon d, yyyy», the like and comment counts, «Share», the
in-post subscribe box «Thanks for reading …! Subscribe for free to receive new posts and support my work.», «n Likes»,
«Discussion about this post», «Comments», «Restacks», «Write a comment...», each comment as name, «Mon d», text,
«Like (n)», «Reply», «Share», then «Ready for more?», «© yyyy name», «Privacy ∙ Terms ∙ Collection notice», «Start
writing», «Get the app», «Substack is the home for great culture»). Armenian with English.
Computed: the comment count in the header = the comments, comment dates after the post date (asserted), the likes."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys, CTC
F = by_num(2225)
PUB = "ՄԼ ընթերցասրահ | AUA"
AUTHOR = "Anahit Grigoryan"
post = dt.date(2026, 4, 17)
LIKES = 14
BODY = [
 "Բարև ձեզ, սիրելի ընթերցողներ։ Ապրիլին մենք խառը թեմաներ ունեինք՝ հաջորդականություններ, խոսք, գրաֆներ և",
 "գիտական հաշվարկներ։ Ստորև՝ ինչ կարդացինք և ինչ կարդալ հաջորդ անգամ։",
 "",
 "Շաբաթվա հոդվածը",
 f"{T('2010.08895')}",
 "https://arxiv.org/abs/2010.08895",
 "Դավիթը ցույց տվեց, թե ինչպես է մոդելը սովորում լուծել Նավիե–Սթոքսի հավասարումները տարբեր ցանցերի վրա։",
 "",
 "Հաջորդականություններ և խոսք",
 f"• {T('1409.3215')} (https://arxiv.org/pdf/1409.3215v3.pdf) — դասական, բայց դեռ արժե։",
 f"• {CTC} (Graves et al., ICML 2006) — հայերեն խոսքի ճանաչման մեր փորձերի հիմքը։",
 f"• {T('2002.09402')} — OpenReview: https://openreview.net/forum?id={OR('2002.09402')}",
 f"• {T('1904.09751')} (Holtzman et al., arXiv:1904.09751) — nucleus sampling, եթե ձեր մոդելը կրկնում է նույն նախադասությունը։",
 "",
 "Գրաֆներ, գիտելիք և տվյալների գաղտնիություն",
 f"Graphormer-ի մասին խոսեց Լիլիթը, հոդվածը՝ {T('2106.05234')} http://arxiv.org/abs/2106.05234 ։",
 f"Վիքիպեդիայի հայերեն հղումների համար Արամը առաջարկեց {T('2010.00904')}, իսկ հիվանդանոցային տվյալների",
 f"համար՝ {T('2111.04263')}։ Երկուսն էլ կքննարկենք մայիսին։",
 "",
 "Ոչ հոդվածներ, բայց օգտակար",
 "• «Mathematics for Machine Learning» (Deisenroth, Faisal, Ong) — գիրք, անվճար PDF։",
 "• DeepXDE գրադարանը (software)՝ PDE-ների համար։",
 "• Արևելահայերենի ազգային կորպուսը (EANC)՝ տվյալներ։",
 "• Ապրիլի 9-ի սեմինարի տեսագրությունը AUA-ի YouTube ալիքում (talk)։",
 "",
 "Հաջորդ հանդիպումը՝ ապրիլի 24-ին, ժամը 18:30, Paramaz Avedisian շենք, սենյակ 214։",
]
COMMENTS = [
 ("Tigran Hakobyan", dt.date(2026, 4, 18), "Շնորհակալություն ամփոփման համար։ CTC-ի հոդվածը կարո՞ղ ենք կիսել խմբի Drive-ում։", 2),
 ("Mariam Petrosyan", dt.date(2026, 4, 19), "FNO demo-ի notebook-ը կտեղադրե՞ք GitHub-ում։ I'd love to try it on the Sevan lake data.", 1),
]
assert all(d > post for _, d, _, _ in COMMENTS)
fmt = lambda d: f"{d:%b} {d.day}, {d.year}"
out = [PUB, "", "Subscribe", "Sign in", "",
       "Թողարկում #9. Հաջորդականություններ, գրաֆներ և գիտություն",
       "Ապրիլյան ընթերցանություն՝ CTC-ից մինչև Fourier-ի օպերատորներ",
       AUTHOR, fmt(post), str(LIKES), str(len(COMMENTS)), "Share", ""] + BODY + [
       "", f"Thanks for reading {PUB}! Subscribe for free to receive new posts and support my work.", "", "Subscribe", "",
       f"{LIKES} Likes", "", "Discussion about this post", "", "Comments", "Restacks", "", "Write a comment...", ""]
for who, d, text, lk in COMMENTS:
    out += [who, f"{d:%b} {d.day}", text, f"Like ({lk})", "Reply", "Share", ""]
out += ["Ready for more?", "", "Subscribe", "", f"© {post.year} {AUTHOR}", "Privacy ∙ Terms ∙ Collection notice",
        "Start writing", "Get the app", "Substack is the home for great culture"]
write_only(F, "\n".join(out) + "\n", keys(F))
