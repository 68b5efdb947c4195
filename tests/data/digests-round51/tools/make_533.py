#!/usr/bin/env python3
"""533: a Day One journal export (Settings > Import/Export > Day One JSON; the zip's Journal.json) of a Japanese
master's student's "論文メモ" journal. Apple's JSON writer: 2-space indentation, " : " between key and value, "/"
written as "\\/"; entries carry uuid, dates, device, timeZone, tags, location, weather, the Markdown `text` (Day One
escapes "-", "(", ")" and a period after a list number with a backslash, so titles appear as "Pre\\-training") and
`richText` (a JSON string of runs with header / link attributes, unescaped). Papers: Markdown links to arXiv (link),
"arXiv:2006.03654" in the text (arxiv-text), titles in 「」, in bold, in a list (title-only). Not papers: a book, the
Hugging Face course, a Qiita article, a conference deadline, a YouTube talk, cafe and weather notes."""
import hashlib, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F533, keys, GLOVE, GPT1


def esc(s):
    """Day One's Markdown escaping of plain text runs"""
    s = s.replace("\\", "\\\\").replace("-", "\\-").replace("(", "\\(").replace(")", "\\)")
    return re.sub(r"^(\d+)\.", r"\1\\.", s, flags=re.M)


def uid(n):
    return hashlib.md5(f"round51/533/{n}".encode()).hexdigest().upper()


def apple_json(v, ind=0):
    sp = "  " * ind
    if isinstance(v, dict):
        if not v: return "{\n\n" + sp + "}"
        return "{\n" + ",\n".join(f'{sp}  {apple_json(k)} : {apple_json(x, ind + 1)}' for k, x in v.items()) + "\n" + sp + "}"
    if isinstance(v, list):
        if not v: return "[\n\n" + sp + "]"
        return "[\n" + ",\n".join(f"{sp}  {apple_json(x, ind + 1)}" for x in v) + "\n" + sp + "]"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False).replace("/", "\\/")
    if isinstance(v, bool): return "true" if v else "false"
    return json.dumps(v)


def entry(n, created, tz, lines, tags, loc, weather, device="mac"):
    """lines: list of lists of runs; a run is str (plain) or ('link', text, url) or ('bold', text) or ('h1', text)"""
    md, rich = [], []
    for li, runs in enumerate(lines):
        m, plain_line = "", []
        for r in runs:
            if isinstance(r, str):
                m += esc(r); plain_line.append(({}, r))
            elif r[0] == "link":
                m += f"[{esc(r[1])}]({r[2]})"; plain_line.append(({"linkURL": r[2]}, r[1]))
            elif r[0] == "bold":
                m += f"**{esc(r[1])}**"; plain_line.append(({"bold": True}, r[1]))
            elif r[0] == "h1":
                m += "# " + esc(r[1]); plain_line.append(({"line": {"header": 1, "identifier": uid(f'{n}-{li}')[:8], "index": 0}}, r[1]))
        md.append(m)
        for i, (attr, t) in enumerate(plain_line):
            c = {"text": t + ("\n" if i == len(plain_line) - 1 else "")}
            if attr: c["attributes"] = attr
            rich.append(c)
    richtext = json.dumps({"contents": rich, "meta": {"created": {"platform": "com.bloombuilt.dayone-" + ("mac" if device == "mac" else "ios"),
                                                                  "version": 1521}, "small-lines-removed": True, "version": 1}},
                          ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
    e = {"duration": 0, "creationOSName": "macOS" if device == "mac" else "iOS",
         "creationOSVersion": "14.1.1" if device == "mac" else "17.1.2",
         "creationDeviceType": "MacBook Air" if device == "mac" else "iPhone",
         "creationDeviceModel": "Mac14,2" if device == "mac" else "iPhone15,2",
         "creationDevice": "佐藤のMacBook Air" if device == "mac" else "佐藤のiPhone",
         "richText": richtext, "uuid": uid(n), "starred": n in (1, 4), "isPinned": False, "isAllDay": False,
         "creationDate": created, "modifiedDate": created[:11] + "%02d" % (int(created[11:13]) + 1) + created[13:],
         "editingTime": 300.5 + n * 47.25, "timeZone": tz, "tags": tags, "text": "\n".join(md) + "\n"}
    if loc: e["location"] = loc
    if weather: e["weather"] = weather
    return e


def loc(place, city, area, lat, lon):
    return {"region": {"center": {"longitude": lon, "latitude": lat}, "radius": 75, "identifier": f"<{lat:+.8f},{lon:+.8f}> radius 75.00"},
            "localityName": city, "country": "日本", "timeZoneName": "Asia\u002fTokyo", "administrativeArea": area,
            "longitude": lon, "placeName": place, "latitude": lat}


def wx(code, desc, temp, sunrise, sunset):
    return {"sunsetDate": sunset, "weatherServiceName": "Apple Weather", "temperatureCelsius": temp, "windBearing": 40,
            "sunriseDate": sunrise, "conditionsDescription": desc, "pressureMB": 1016, "moonPhaseCode": "waxing-crescent",
            "visibilityKM": 16.09, "relativeHumidity": 62, "windSpeedKPH": 9.4, "weatherCode": code, "windChillCelsius": temp, "moonPhase": 0.21}


LAB = loc("情報学研究科 総合研究7号館", "京都市", "京都府", 35.02863, 135.78155)
CAFE = loc("進々堂 京大北門前", "京都市", "京都府", 35.03041, 135.78032)
entries = [
 entry(1, "2023-10-02T09:41:12Z", "Asia/Tokyo", [
   [("h1", "輪読スタート")], [""],
   ["後期の輪読が始まった。最初は定番の"],
   [("link", T("1810.04805"), "https://arxiv.org/abs/1810.04805")],
   ["MLM と NSP の二つの事前学習タスク。NSP は後の研究でいらないと言われているらしい(RoBERTa)。"], [""],
   ["比較のために Radford et al. 2018 の「" + T(GPT1) + "」も読むこと。OpenAI のサイトに PDF がある(arXiv にはない)。"],
   ["前史として「" + T(GLOVE) + "」(EMNLP 2014)。word2vec との違いを説明できるように。"], [""],
   ["参考書: ゼロから作るDeep Learning ❷ 自然言語処理編 の 3-4 章"],
 ], ["論文", "輪読"], LAB, wx("partly-cloudy", "Partly Cloudy", 22, "2023-10-01T21:49:30Z", "2023-10-02T09:30:12Z")),
 entry(2, "2023-10-09T13:05:40Z", "Asia/Tokyo", [
   ["祝日。進々堂でカレーパン。午後は論文を読むつもりが、結局 Hugging Face の course を chapter 3 までやっただけ。"],
   ["https://huggingface.co/learn/nlp-course/chapter3/1"],
 ], ["日記"], CAFE, wx("cloudy", "Cloudy", 20, "2023-10-08T21:55:01Z", "2023-10-09T09:19:44Z"), device="ios"),
 entry(3, "2023-10-16T10:22:03Z", "Asia/Tokyo", [
   [("h1", "輪読 2回目: BERT の改良系")], [""],
   ["1. ", ("bold", T("2003.10555")), " (ICLR 2020)"],
   ["生成器が置き換えたトークンを判別器が見破る。計算量あたりの性能がよい。"],
   ["2. DeBERTa。", T("2006.03654"), " arXiv:2006.03654"],
   ["相対位置と内容を分けた attention。SuperGLUE で人間超え、というのが売り。"], [""],
   ["発表担当は来週。スライドは Google Slides に。"],
 ], ["論文", "輪読"], LAB, wx("clear", "Clear", 19, "2023-10-15T22:00:12Z", "2023-10-16T09:10:40Z")),
 entry(4, "2023-11-06T14:48:51Z", "Asia/Tokyo", [
   [("h1", "文埋め込みとエンティティ")], [""],
   ["修論のテーマ候補(社内文書の検索)に関係しそうなもの。"],
   ["- ", ("link", T("1908.10084"), "https://arxiv.org/abs/1908.10084"), " ← ベースラインはこれ"],
   ["- 「" + T("2010.00904") + "」(GENRE, ICLR 2021) エンティティ名を生成してしまう発想が面白い"],
   ["- Qiita の解説記事: https://qiita.com/example_nlp/items/3f2a9c1b7d8e6f5a4b3c"], [""],
   ["NLP2024 の締切は 1/5。間に合うか…"],
 ], ["論文", "修論"], LAB, wx("rain", "Light Rain", 16, "2023-11-05T21:19:52Z", "2023-11-06T08:00:31Z")),
 entry(5, "2023-11-20T11:30:09Z", "Asia/Tokyo", [
   ["attention の可視化ツールを探していて見つけた:"],
   [("link", T("2103.14625"), "https://arxiv.org/abs/2103.14625")],
   ["ブラウザで BERT の attention head を見られる。輪読のデモに使えそう。bertviz も比較。"],
   ["YouTube の解説: https://www.youtube.com/watch?v=example_dodrio"],
 ], ["論文", "ツール"], None, None, device="ios"),
]
journal = {"metadata": {"version": "1.0"}, "entries": entries}
text = apple_json(journal) + "\n"
md_unesc = "\n".join(re.sub(r"\\([\\\-().])", r"\1", e["text"]) for e in entries)
rich_text = "\n".join("".join(c["text"] for c in json.loads(e["richText"])["contents"]) for e in entries)
assert T("1810.04805") in rich_text
write_only(F533, text, keys(F533), forms=[md_unesc, rich_text])
