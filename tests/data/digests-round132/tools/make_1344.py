#!/usr/bin/env python3
"""1344: the web version of a Korean self-supervised-learning newsletter sent with MailWizz (the self-hosted e-mail
marketing application), saved by Firefox as "Web Page, HTML only" (the page as served): the campaign's table-based
XHTML e-mail template, <title> = the campaign subject, every link rewritten by MailWizz's click tracking to
`/campaigns/<campaign uid>/track-url/<subscriber uid>/<sha1 of the destination URL>` (13-character uids), the
unsubscribe link `/lists/<list uid>/unsubscribe/<subscriber uid>/<campaign uid>`. So a link's destination is not in
the page unless the newsletter prints it: four items print their address under the title (`원문:`), the others only
link the title. Papers: printed arXiv abs / pdf addresses, printed OpenReview forum / pdf addresses, an `arXiv:` id in
the text, three titles alone (tracked links only); a repository, the lightly docs, a seminar video, a meetup and a
job post are not papers."""
import hashlib, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1344, keys

HOST = "https://news.ssl-seoul.example.kr"
CAMP, SUB, LIST = "yq482hd9k1c7e", "wx105tb3me8f2", "kd730pz6ra1vn"
SUBJECT = "[SSL 레터 #12] 대조 학습에서 DINOv2까지"
E = lambda s: html.escape(s, quote=False)


def trk(url):
    return f"{HOST}/campaigns/{CAMP}/track-url/{SUB}/{hashlib.sha1(url.encode()).hexdigest()}"


def item(no, title, url, shown, body):
    s = (f'<tr>\n<td style="padding:16px 24px;border-bottom:1px solid #e5e7eb;">\n'
         f'<p style="margin:0 0 4px 0;font-size:12px;color:#6366f1;font-weight:bold;">{no:02d}</p>\n'
         f'<p style="margin:0 0 6px 0;font-size:17px;line-height:24px;"><a href="{trk(url)}" target="_blank" style="color:#111827;text-decoration:none;">{E(title)}</a></p>\n')
    if shown:
        s += f'<p style="margin:0 0 8px 0;font-size:12px;color:#6b7280;">원문: <a href="{trk(url)}" target="_blank" style="color:#6b7280;">{E(url)}</a></p>\n'
    return s + f'<p style="margin:0;font-size:14px;line-height:22px;color:#374151;">{body}</p>\n</td>\n</tr>'


ITEMS = [
    (T("2002.05709"), "https://arxiv.org/abs/2002.05709", True,
     "SimCLR. 강한 데이터 증강과 큰 배치, 그리고 projection head 하나로 대조 학습의 기준선을 만든 논문입니다. 이번 호의 출발점."),
    (T("2011.10566"), "https://arxiv.org/abs/2011.10566", False,
     E("SimSiam (arXiv:2011.10566). 음성 쌍도, 모멘텀 인코더도 없이 stop-gradient만으로 붕괴를 막습니다. 4쪽 분량의 실험이 핵심.")),
    (T("2006.05576"), f"https://openreview.net/forum?id={OR('2006.05576')}", True,
     "대조 학습을 다중 뷰 정보 이론으로 설명합니다. 수식이 많으니 3절부터 읽기를 권합니다."),
    (T("2103.13646"), f"https://openreview.net/pdf?id={OR('2103.13646')}", True,
     "C2D. 노이즈 레이블 학습에서 자기지도 사전학습이 왜 도움이 되는지, warm-up 단계를 바꿔 보여 줍니다."),
    (T("2104.14294"), "https://github.com/facebookresearch/dino", False,
     "DINO. 자기 증류만으로 ViT의 어텐션 맵에 물체 분할이 나타납니다. 링크는 공식 코드 저장소입니다."),
    (T("2304.07193"), "https://arxiv.org/pdf/2304.07193", True,
     "DINOv2. 데이터 큐레이션 파이프라인과 대규모 학습으로 범용 시각 특징을 만듭니다. 모델 카드와 함께 보세요."),
    (T("2301.12597"), "https://huggingface.co/docs/transformers/model_doc/blip-2", False,
     "BLIP-2. 얼린 이미지 인코더와 얼린 LLM 사이를 Q-Former로 잇습니다. 링크는 Transformers 문서입니다."),
    (T("2012.07177"), "https://github.com/tensorflow/tpu/tree/master/models/official/detection/projects/copy_paste", False,
     "증강 이야기를 하나 더: 객체를 다른 이미지에 그냥 붙여 넣는 것만으로 인스턴스 분할 성능이 오릅니다."),
]
rows = "\n".join(item(i, *it) for i, it in enumerate(ITEMS, 1))
ev = [("solo-learn: 자기지도 학습 라이브러리 (PyTorch Lightning)", "https://github.com/vturrisi/solo-learn"),
      ("lightly 문서 — 증강 파이프라인 예제", "https://docs.lightly.ai/self-supervised-learning/"),
      ("지난 세미나 영상: ‘대조 학습 한눈에 보기’ (YouTube)", "https://www.youtube.com/watch?v=Qm7rT2kVx9E")]
links = "\n".join(f'<li style="margin:0 0 6px 0;"><a href="{trk(u)}" target="_blank" style="color:#4f46e5;">{E(t)}</a></li>' for t, u in ev)
page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{E(SUBJECT)}</title>
<style type="text/css">
body {{ margin:0; padding:0; background:#f3f4f6; font-family:'Apple SD Gothic Neo','Malgun Gothic',sans-serif; }}
@media only screen and (max-width:620px) {{ .wrap {{ width:100% !important; }} }}
</style>
</head>
<body>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3f4f6">
<tr>
<td align="center" style="padding:24px 8px;">
<table class="wrap" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr>
<td style="padding:12px 24px;font-size:11px;color:#9ca3af;text-align:right;">메일이 잘 보이지 않나요? <a href="{HOST}/campaigns/{CAMP}/web-version/{SUB}" style="color:#9ca3af;">웹에서 보기</a></td>
</tr>
<tr>
<td style="padding:24px;background:#312e81;color:#ffffff;">
<p style="margin:0;font-size:12px;letter-spacing:2px;">SSL LETTER · 2024년 3월 18일 · 제12호</p>
<h1 style="margin:8px 0 0 0;font-size:24px;line-height:32px;">대조 학습에서 DINOv2까지</h1>
</td>
</tr>
<tr>
<td style="padding:20px 24px;font-size:14px;line-height:22px;color:#374151;">
<p style="margin:0;">안녕하세요, 서울 자기지도학습 스터디(SSL Seoul)입니다. 제12호에서는 대조 학습의 기본부터 최근의 범용 시각 특징까지 여덟 편을 골랐습니다. 제목을 누르면 원문이나 코드로 이동합니다.</p>
</td>
</tr>
{rows}
<tr>
<td style="padding:20px 24px;">
<h2 style="margin:0 0 10px 0;font-size:16px;">코드와 자료</h2>
<ul style="margin:0;padding-left:18px;font-size:14px;line-height:22px;">
{links}
</ul>
</td>
</tr>
<tr>
<td style="padding:20px 24px;background:#eef2ff;font-size:14px;line-height:22px;">
<p style="margin:0 0 6px 0;"><strong>오프라인 모임</strong> 3월 28일(목) 19:30, 강남 스터디룸 B — 발표: 김하은 “DINOv2 특징으로 소량 데이터 분류하기”. <a href="{trk('https://forms.ssl-seoul.example.kr/meetup-0328')}" target="_blank" style="color:#4f46e5;">참가 신청</a></p>
<p style="margin:0;"><strong>채용</strong> 스터디 후원사에서 비전 연구 인턴을 찾습니다. <a href="{trk('https://careers.visionlab.example.kr/jobs/2024-intern-07')}" target="_blank" style="color:#4f46e5;">공고 보기</a></p>
</td>
</tr>
<tr>
<td style="padding:20px 24px;font-size:11px;line-height:18px;color:#9ca3af;text-align:center;">
SSL Seoul · 서울특별시 관악구 예시로 12, 3층 · newsletter@ssl-seoul.example.kr<br />
이 메일은 SSL 레터 구독 신청자에게 발송됩니다. 더 이상 받지 않으려면 <a href="{HOST}/lists/{LIST}/unsubscribe/{SUB}/{CAMP}" style="color:#9ca3af;">구독 취소</a>를 눌러 주세요.
</td>
</tr>
</table>
</td>
</tr>
</table>
</body>
</html>
"""
write_only(F1344, page, keys(F1344), [html.unescape(page)])
