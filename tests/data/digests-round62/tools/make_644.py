#!/usr/bin/env python3
"""644: the web version of a MailerLite (new editor) campaign, as preview.mailerlite.io serves it: XHTML 1.0
Transitional doctype, x-apple-disable-message-reformatting, MSO conditional comments, a <style> block with
ReadMsgBody / ExternalClass resets and @media (max-width: 640px) rules, the hidden preheader, nested tables
(.mlBodyBackground / .mlContentTable / .mlContentBlock) with inline styles, image blocks on storage.mlcdn.com,
buttons, the footer with the sender's address, unsubscribe / preferences links and the "Made with MailerLite" badge.
A Hindi newsletter issue on language models, retrieval and memory."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, OR, write_only
from make_expected import F644, keys, GPT2

E = lambda s: html.escape(s, quote=False)
CID = "113954772215498871"

def text_block(inner):
    return f"""<table align="center" border="0" cellpadding="0" cellspacing="0" width="100%" class="mlContentTable ml-default" style="width: 640px; min-width: 640px;">
  <tr>
    <td class="mlContentContainer mlContentBlock" style="padding: 0px 50px 0px 50px;" align="left">
      <table cellpadding="0" cellspacing="0" border="0" align="center" width="540" style="width: 540px; min-width: 540px;" class="mlContentTable">
        <tr>
          <td align="left" class="bodyTitle" id="bodyText-{len(inner)}" style="font-family: 'Noto Sans Devanagari', Arial, Helvetica, sans-serif; font-size: 15px; line-height: 25px; color: #3a3a3a;">
            {inner}
          </td>
        </tr>
      </table>
    </td>
  </tr>
</table>
<table align="center" border="0" cellpadding="0" cellspacing="0" width="640" class="mlContentTable" style="width: 640px; min-width: 640px;">
  <tr>
    <td height="20" class="spacingHeight-20" style="line-height: 20px; min-height: 20px;"></td>
  </tr>
</table>
"""

def h2(t):
    return f'<h2 style="font-family: \'Noto Sans Devanagari\', Arial, sans-serif; color: #111111; font-size: 20px; font-weight: bold; margin: 0 0 10px 0; line-height: 30px;">{t}</h2>'

def p(t):
    return f'<p style="margin: 0px 0px 10px 0px; line-height: 25px;">{t}</p>'

def link(url, t):
    return f'<a href="{url}" style="color: #c2410c; font-weight: bold; text-decoration: underline;" target="_blank">{E(t)}</a>'

def button(url, t):
    return f"""<table align="center" border="0" cellpadding="0" cellspacing="0" width="640" class="mlContentTable" style="width: 640px; min-width: 640px;">
  <tr>
    <td class="mlContentButton" align="center" style="padding: 0px 50px 20px 50px;">
      <!--[if mso]>
      <v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w="urn:schemas-microsoft-com:office:word" href="{url}" style="height:44px;v-text-anchor:middle;width:260px;" arcsize="10%" strokecolor="#c2410c" fillcolor="#c2410c">
        <w:anchorlock/>
        <center style="color:#ffffff;font-family:Arial, sans-serif;font-size:15px;font-weight:bold;">{t}</center>
      </v:roundrect>
      <![endif]-->
      <a class="mlContentButton" href="{url}" style="font-family: Arial, sans-serif; background-color: #c2410c; border-radius: 4px; color: #ffffff; display: inline-block; font-size: 15px; font-weight: bold; line-height: 44px; text-align: center; text-decoration: none; width: 260px;" target="_blank">{t}</a>
    </td>
  </tr>
</table>
"""

blocks = []
blocks.append(text_block(
    h2("नमस्ते दोस्तों! 👋") +
    p("<strong>एमएल पत्रिका</strong> के अंक 37 में आपका स्वागत है। इस हफ़्ते का विषय है — भाषा मॉडल: वे क्या सीखते हैं, बाहर से ज्ञान कैसे लाते हैं, और क्या भूलना भी सीख सकते हैं। हमेशा की तरह, हर पेपर के साथ एक-दो पंक्तियों का सार है।") +
    p("अगर यह ईमेल आपको किसी दोस्त ने फ़ॉरवर्ड किया है, तो नीचे दिए बटन से सदस्यता ले सकते हैं।")))
blocks.append(text_block(
    h2("📌 इस हफ़्ते के पेपर") +
    p("<strong>1.</strong> " + link("https://arxiv.org/abs/2204.02311", T("2204.02311")) + "<br>" + E(au("2204.02311")) + " (2022)<br>540 अरब पैरामीटर वाला मॉडल, Pathways सिस्टम पर 6144 TPU चिप्स के साथ प्रशिक्षित। तर्क वाले कार्यों में बड़े उछाल के उदाहरण ज़रूर देखें।") +
    p("<strong>2.</strong> <em>" + E(T("2002.08909")) + "</em><br>" + E(au("2002.08909")) + " — arXiv 2002.08909<br>प्री-ट्रेनिंग के दौरान ही विकिपीडिया से दस्तावेज़ खोजने वाला रिट्रीवर साथ-साथ सीखता है। आज के RAG सिस्टम की जड़ यहीं है।") +
    p("<strong>3.</strong> " + link("https://arxiv.org/pdf/2106.13884.pdf", T("2106.13884")) + "<br>" + E(au("2106.13884")) + " (NeurIPS 2021)<br>जमे हुए (frozen) भाषा मॉडल के आगे एक विज़न एन्कोडर जोड़कर कुछ उदाहरणों से ही चित्रों पर सवालों के जवाब।") +
    p("<strong>4.</strong> <em>" + E(T("2204.14198")) + "</em><br>" + E(au("2204.14198")) + " (NeurIPS 2022)<br>ऊपर वाले विचार का बड़ा रूप — गेटेड क्रॉस-अटेंशन परतें। PDF हमारे टेलीग्राम समूह में पिन किया है।")))
blocks.append(text_block(
    h2("🔍 व्याख्या और अनुवाद") +
    p("<strong>5.</strong> " + link("https://arxiv.org/abs/2004.10102", T("2004.10102")) + "<br>" + E(au("2004.10102")) + " (EMNLP 2020)<br>सिर्फ़ अटेंशन वेट देखना भ्रामक हो सकता है; लेखक वेक्टर के मानदंड (norm) को भी गिनते हैं।") +
    p("<strong>6.</strong> <em>" + E(T("2008.07905")) + "</em><br>" + E(au("2008.07905")) + "<br>समीक्षाएँ और चर्चा: " + link(f"https://openreview.net/forum?id={OR('2008.07905')}", "OpenReview पर देखें") + "<br>एक ही बार में पूरा वाक्य बनाने वाला अनुवाद मॉडल, जो प्रशिक्षण में लक्ष्य वाक्य पर धीरे-धीरे \"झाँकना\" सीखता है।")))
blocks.append(text_block(
    h2("🧠 याददाश्त और भूलना") +
    p("<strong>7.</strong> <em>" + E(T("2105.06548")) + "</em><br>" + E(au("2105.06548")) + " (ICML 2021)<br>हर मेमोरी के लिए एक \"समाप्ति अवधि\" सीखी जाती है, जिससे बहुत लंबे संदर्भ सस्ते हो जाते हैं।") +
    p("<strong>पुराना पर ज़रूरी:</strong> <em>" + E(GPT2) + "</em> (" + E(au(GPT2)) + ", 2019) — यह OpenAI की तकनीकी रिपोर्ट arXiv पर नहीं है, लेकिन ज़ीरो-शॉट क्षमता की चर्चा यहीं से शुरू हुई।")))
blocks.append(text_block(
    h2("🛠️ पेपर नहीं, पर काम के") +
    p("• <strong>पॉडकास्ट:</strong> &quot;बातें एआई की&quot; का एपिसोड 12 — रिट्रीवल पर बातचीत।<br>"
      "• <strong>कोर्स:</strong> NPTEL का &quot;Introduction to Large Language Models&quot; (मुफ़्त, अंग्रेज़ी-हिंदी उपशीर्षक)।<br>"
      "• <strong>डेटासेट:</strong> AI4Bharat का IndicCorp v2 — 24 भारतीय भाषाओं का कॉर्पस।<br>"
      "• <strong>ब्लॉग:</strong> Hugging Face ब्लॉग पर &quot;RAG क्या है&quot; वाली पोस्ट।<br>"
      "• <strong>लीडरबोर्ड:</strong> Open LLM Leaderboard — हिंदी मॉडलों की रैंकिंग देखने के लिए।")))
blocks.append(text_block(
    h2("📅 मिलते हैं") +
    p("अगली ऑनलाइन पेपर-चर्चा शनिवार, 23 मार्च, शाम 7 बजे (IST)। इस बार हम REALM और Frozen वाले पेपर पढ़ेंगे। लिंक पंजीकरण के बाद भेजा जाएगा।")))
blocks.append(button("https://forms.mlpatrika.example/register", "चर्चा के लिए पंजीकरण करें"))
blocks.append(text_block(p("आपकी,<br><strong>प्रिया शर्मा</strong> और <strong>अर्जुन नायर</strong><br>एमएल पत्रिका टीम")))

CSS = """    body {
      margin: 0;
      padding: 0;
      -webkit-text-size-adjust: 100% !important;
      -ms-text-size-adjust: 100% !important;
      -webkit-font-smoothing: antialiased !important;
    }
    img {
      border: 0 !important;
      outline: none !important;
    }
    table {
      border-collapse: collapse;
      mso-table-lspace: 0px;
      mso-table-rspace: 0px;
    }
    td, a, span {
      border-collapse: collapse;
      mso-line-height-rule: exactly;
    }
    .ExternalClass * {
      line-height: 100%;
    }
    .ReadMsgBody {
      width: 100%;
      background-color: #f4f1ec;
    }
    @media only screen and (max-width: 640px) {
      .mlContentTable {
        width: 100% !important;
        min-width: 100% !important;
      }
      .mlContentBlock {
        padding-left: 25px !important;
        padding-right: 25px !important;
      }
      .mlContentButton a {
        width: 100% !important;
      }
      .mlTemplateContainer {
        padding: 10px 10px 0 10px;
      }
      .mlFooterContainer {
        padding: 0 !important;
      }
    }"""

page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <meta name="x-apple-disable-message-reformatting" />
  <title>एमएल पत्रिका #37: भाषा मॉडल, खोज और याददाश्त</title>
  <link href="https://fonts.googleapis.com/css?family=Noto+Sans+Devanagari:400,700&amp;display=swap" rel="stylesheet" type="text/css" />
  <!--[if mso]>
  <noscript>
    <xml>
      <o:OfficeDocumentSettings>
        <o:AllowPNG/>
        <o:PixelsPerInch>96</o:PixelsPerInch>
      </o:OfficeDocumentSettings>
    </xml>
  </noscript>
  <![endif]-->
  <style type="text/css">
{CSS}
  </style>
</head>
<body class="mlBodyBackground" style="padding: 0; margin: 0; -webkit-font-smoothing:antialiased; background-color:#f4f1ec; -webkit-text-size-adjust:none;">
<!--[if !mso]><!-->
<div class="ml-visualizer-container" style="display: none; max-height: 0px; overflow: hidden;">PaLM, REALM, Frozen और भूलना सीखने वाली मेमोरी — इस हफ़्ते की चुनिंदा पढ़ाई&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;</div>
<!--<![endif]-->
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="mainTable mlBodyBackground" bgcolor="#f4f1ec">
  <tr>
    <td class="mlTemplateContainer" align="center">
<table align="center" border="0" class="mlContentTable" cellpadding="0" cellspacing="0" width="640">
  <tr>
    <td align="center" style="padding: 12px 0; font-family: Arial, sans-serif; font-size: 12px; color: #7a7a7a;">
      <a href="https://preview.mailerlite.io/emails/webview/{CID}" style="color: #7a7a7a; text-decoration: underline;" target="_blank">ब्राउज़र में देखें</a>
    </td>
  </tr>
</table>
<table align="center" border="0" cellpadding="0" cellspacing="0" width="640" class="mlContentTable" style="width: 640px; min-width: 640px; background-color: #ffffff;" bgcolor="#ffffff">
  <tr>
    <td align="center" style="padding: 30px 0 20px 0;">
      <img src="https://storage.mlcdn.com/account_image/402117/ml-patrika-logo.png" border="0" alt="एमएल पत्रिका" width="180" style="display: block; width: 180px;" />
    </td>
  </tr>
  <tr>
    <td>
{"".join(blocks)}    </td>
  </tr>
</table>
<table align="center" border="0" cellpadding="0" cellspacing="0" width="640" class="mlContentTable mlFooterContainer" style="width: 640px; min-width: 640px;">
  <tr>
    <td align="center" style="padding: 30px 50px; font-family: Arial, sans-serif; font-size: 12px; line-height: 18px; color: #7a7a7a;">
      <p style="margin: 0 0 8px 0;">एमएल पत्रिका · 14, सरस्वती मार्ग · पुणे 411001 · भारत</p>
      <p style="margin: 0 0 8px 0;">आपको यह ईमेल इसलिए मिला क्योंकि आपने हमारी वेबसाइट पर सदस्यता ली थी।</p>
      <p style="margin: 0;"><a href="https://preview.mailerlite.io/emails/unsubscribe/{CID}" style="color: #7a7a7a; text-decoration: underline;" target="_blank">सदस्यता छोड़ें</a> &nbsp;|&nbsp; <a href="https://preview.mailerlite.io/emails/preferences/{CID}" style="color: #7a7a7a; text-decoration: underline;" target="_blank">प्राथमिकताएँ बदलें</a></p>
    </td>
  </tr>
  <tr>
    <td align="center" style="padding: 0 0 30px 0;">
      <a href="https://www.mailerlite.com" target="_blank"><img width="100" alt="Made with MailerLite" src="https://assets.mlcdn.com/ml/logo/created-with-mailerlite.png" style="display: block; width: 100px;" border="0" /></a>
    </td>
  </tr>
</table>
    </td>
  </tr>
</table>
</body>
</html>
"""
write_only(F644, page, keys(F644), forms=[html.unescape(page)])
