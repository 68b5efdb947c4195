#!/usr/bin/env python3
"""1955: a Swedish modder's Crusader Kings III localization file (`localization/english/akademi_events_l_english.yml`,
UTF-8 with a byte-order mark as CK3 requires; Swedish text in the l_english file, since the game has no Swedish): the
`l_english:` header, `#` comments with the sources, ` key:0 "text"` lines for an event chain about a court scholar —
titles in event descriptions and option texts with `[ROOT.Char.GetFirstName]`, `#bold … #!` and `\\n` — an OpenReview
forum link and arXiv links (`/abs/`, `/pdf/…v3`, `http://`) in comments, one id in an event text (arxiv-text), three
titles alone — and non-papers (a repository, the CK3 wiki, a book, a talk). LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1955)


def build():
    L = [
        "l_english:",
        " # Akademi-händelser för moddet \"Hovets lärde\" — Elsa Lindqvist (elsa.lindqvist@hovetslarde.example.se)",
        " # Svensk text i l_english eftersom spelet saknar svenska. Wiki (inte en artikel): https://ck3.paradoxwikis.com/Localization",
        " # Källor till skrifterna som den lärde hittar:",
        " #   " + T("2011.06182") + " https://openreview.net/forum?id=" + OR("2011.06182"),
        " #   SigLIP https://arxiv.org/abs/2303.15343",
        " #   Barlow Twins https://arxiv.org/pdf/2103.03230v3",
        " #   BYOL http://arxiv.org/abs/2006.07733",
        " # Kod: https://git.hovetslarde.example.se/elsa/hovets-larde (repo). Föredrag från Svenska speldagarna:",
        " # https://video.hovetslarde.example.se/speldagarna-2024",
        "",
        " akademi.0001.t:0 \"Skrifterna från Bysans\"",
        " akademi.0001.desc:0 \"[ROOT.Char.GetFirstName], din hovlärde har kommit tillbaka med en kista full av skrifter.\\n\\nÖverst ligger #bold " + T("2303.15343") + "#!, och under den en avhandling om tvillingar som inte får likna varandra för mycket.\"",
        " akademi.0001.a:0 \"Låt honom läsa om tvillingarna.\"",
        " akademi.0001.a.tt:0 \"Den lärde studerar #bold " + T("2103.03230") + "#!.\"",
        " akademi.0001.b:0 \"Låt honom läsa om den egna latenta bilden.\"",
        " akademi.0001.b.tt:0 \"Den lärde studerar #bold " + T("2006.07733") + "#!.\"",
        "",
        " akademi.0002.t:0 \"Den lärdes tvekan\"",
        " akademi.0002.desc:0 \"Den lärde har fastnat i en skrift om att finjustera gamla modeller med både etiketter och kontrast: #italic " + T("2011.06182") + "#!. Han ber om mer tid och mer ljus.\"",
        " akademi.0002.a:0 \"Ge honom ljus.\"",
        " akademi.0002.b:0 \"Han får klara sig med talg.\"",
        "",
        " akademi.0003.t:0 \"Märkta exempel\"",
        " akademi.0003.desc:0 \"En munk från Lund skickar en kopia av #bold " + T("2004.11362") + "#! (arXiv 2004.11362). [ROOT.Char.GetFirstName] förstår inte ett ord, men sigillet är vackert.\"",
        " akademi.0003.a:0 \"Tacka munken.\"",
        "",
        " akademi.0004.t:0 \"Önskelistan\"",
        " akademi.0004.desc:0 \"Den lärde vill ha tre skrifter till innan vintern:\\n$EFFECT_LIST_BULLET$ " + T("1908.10084") + "\\n$EFFECT_LIST_BULLET$ " + T("2011.04419") + "\\n$EFFECT_LIST_BULLET$ " + T("2010.04592") + "\\n\\nOch en bok, 'The Elements of Statistical Learning', som inte är en skrift utan en bok.\"",
        " akademi.0004.a:0 \"Skicka en budbärare till Paris.\"",
        " akademi.0004.b:0 \"Vintern är lång nog ändå.\"",
        "",
        " akademi_scholar_modifier:0 \"Lärd i kontrast\"",
        " akademi_scholar_modifier_desc:0 \"Denna karaktär har läst om kontrastiv inlärning.\"",
        "",
    ]
    return "\ufeff" + "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
