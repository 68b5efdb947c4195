#!/usr/bin/env python3
"""684: the MJML 4 source of a newsletter issue as saved from Mailjet's Passport / a text editor (.mjml): <mjml>
<mj-head> (mj-title, mj-preview, mj-attributes with mj-all / mj-text / mj-class, mj-style inline="inline",
mj-breakpoint), <mj-body> of mj-section > mj-column > mj-image / mj-text / mj-button / mj-divider / mj-spacer /
mj-table, mj-social > mj-social-element, an mj-raw block and Mailjet merge tags ([[PERMALINK]], [[UNSUB_LINK_HI]],
[[data:firstname:"दोस्त"]]); two-space indentation, attributes double-quoted, HTML inside mj-text with <br />, &amp;.
A Hindi newsletter issue on generative models and 3D."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only, OR
from make_expected import F684, keys

K = keys(F684)


def au(k, n=3):
    a = authors(k)
    return ", ".join(a[:n]) + (" आदि" if len(a) > n else "")


def item(num, k, blurb, link_html):
    return f'''        <mj-text mj-class="item-title">{num}. {T(k)}</mj-text>
        <mj-text mj-class="item-meta">{au(k)}</mj-text>
        <mj-text>
          {blurb}{link_html}
        </mj-text>
        <mj-spacer height="8px" />'''


ITEMS = [
    item(1, "2204.06125", "CLIP के इमेज-एम्बेडिंग से शुरू करके डिफ्यूज़न डिकोडर द्वारा चित्र बनाने का दो-चरणीय तरीका। "
         "इस अंक का मुख्य पेपर — हमारे मंगलवार सत्र में इस पर विस्तार से चर्चा होगी।<br />",
         ' <a href="https://arxiv.org/abs/2204.06125" class="link">arXiv पर पढ़ें →</a>'),
    item(2, "2011.13456", "स्टोकेस्टिक डिफरेंशियल समीकरणों के ज़रिए स्कोर-आधारित मॉडल और डिफ्यूज़न मॉडल को एक ही ढांचे में लाता है।<br />",
         f' <a href="https://openreview.net/forum?id={OR("2011.13456")}" class="link">OpenReview (ICLR 2021) →</a>'),
    item(3, "2302.05543", "पहले से प्रशिक्षित डिफ्यूज़न मॉडल में किनारे, पोज़ या डेप्थ-मैप जैसी शर्तें जोड़ने का तरीका।<br />",
         ' <a href="https://arxiv.org/pdf/2302.05543" class="link">PDF →</a>'),
    item(4, "2208.01618", "केवल 3–5 चित्रों से एक नया \"शब्द\" सीखकर व्यक्तिगत चित्र बनाना। पाठकों के अनुरोध पर शामिल — "
         "संदर्भ: arXiv:2208.01618 (लिंक अगली बार, वेबसाइट अभी अपडेट हो रही है)।", ""),
    item(5, "2307.01952", "बड़ा UNet, दो टेक्स्ट-एनकोडर और एक रिफ़ाइनर मॉडल। ओपन वेट्स के कारण हमारे हिंदी प्रॉम्प्ट प्रयोगों का आधार।", ""),
    item(6, "2308.04079", "NeRF के बजाय लाखों 3D गॉसियन से दृश्य को दर्शाना — रीयल-टाइम रेंडरिंग।<br />",
         ' <a href="https://arxiv.org/abs/2308.04079" class="link">arXiv →</a>'),
]
OLDER = [
    f"<li>{T('2010.02014')} — {au('2010.02014')} (पिछले अंक में वादा किया गया था)</li>",
    f"<li>{T('2010.03409')} — {au('2010.03409')} (सिमुलेशन पर अगले अंक की भूमिका)</li>",
]

mj = f'''<mjml>
  <mj-head>
    <mj-title>जनरेटिव मॉडल पत्रिका — अंक 17 (मई 2024)</mj-title>
    <mj-preview>डिफ्यूज़न से 3D तक: इस महीने के छह पेपर, दो पुराने वादे और एक कार्यशाला की सूचना</mj-preview>
    <mj-breakpoint width="480px" />
    <mj-attributes>
      <mj-all font-family="'Noto Sans Devanagari', 'Mukta', Arial, sans-serif" />
      <mj-text font-size="15px" line-height="1.7" color="#1f2933" padding="4px 24px" />
      <mj-section padding="0px" background-color="#ffffff" />
      <mj-class name="item-title" font-size="17px" font-weight="700" color="#0b3d91" padding-top="12px" />
      <mj-class name="item-meta" font-size="13px" color="#6b7280" font-style="italic" padding-top="0px" />
      <mj-class name="muted" font-size="12px" color="#9aa5b1" align="center" />
    </mj-attributes>
    <mj-style inline="inline">
      .link {{ color: #c2410c; text-decoration: none; font-weight: 600; }}
      .badge {{ background: #fde68a; padding: 1px 6px; border-radius: 4px; }}
    </mj-style>
    <mj-style>
      @media (max-width: 480px) {{ .hide-mobile {{ display: none !important; }} }}
    </mj-style>
  </mj-head>
  <mj-body background-color="#f3f4f6" width="600px">
    <mj-section background-color="#f3f4f6" padding="12px 0px">
      <mj-column>
        <mj-text mj-class="muted">ईमेल ठीक से नहीं दिख रहा? <a href="[[PERMALINK]]" style="color:#9aa5b1;">ब्राउज़र में देखें</a></mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="#0b3d91" padding="20px 0px">
      <mj-column>
        <mj-image src="https://cdn.jpnlab.example.in/newsletter/logo-white.png" alt="जनरेटिव मॉडल पत्रिका" width="180px" />
        <mj-text color="#ffffff" font-size="22px" align="center" font-weight="700">जनरेटिव मॉडल पत्रिका · अंक 17</mj-text>
        <mj-text color="#dbeafe" font-size="13px" align="center">दृष्टि एवं ग्राफ़िक्स प्रयोगशाला, जयपुर प्रौद्योगिकी विश्वविद्यालय</mj-text>
      </mj-column>
    </mj-section>
    <mj-section padding-top="16px">
      <mj-column>
        <mj-text>
          नमस्ते [[data:firstname:"दोस्त"]],<br /><br />
          इस अंक में डिफ्यूज़न मॉडल, व्यक्तिगत इमेज जनरेशन और 3D रेंडरिंग से जुड़े छह पेपर हैं। हर पेपर के साथ एक छोटा सार
          और (जहाँ उपलब्ध हो) लिंक दिया गया है। <span class="badge">नया</span> इस बार से हम हर अंक के अंत में
          &quot;पिछले वादे&quot; वाला खंड भी जोड़ रहे हैं।
        </mj-text>
        <mj-divider border-color="#e5e7eb" border-width="1px" padding="16px 24px" />
      </mj-column>
    </mj-section>
    <mj-section>
      <mj-column>
        <mj-text font-size="19px" font-weight="700" color="#111827">इस महीने के पेपर</mj-text>
{chr(10).join(ITEMS)}
      </mj-column>
    </mj-section>
    <mj-section padding="8px 0px">
      <mj-column>
        <mj-divider border-color="#e5e7eb" border-width="1px" padding="8px 24px" />
        <mj-text font-size="17px" font-weight="700" color="#111827">पिछले वादे</mj-text>
        <mj-text>
          <ul style="padding-left:18px;margin:0;">
            {(chr(10) + "            ").join(OLDER)}
          </ul>
          इन दोनों के लिंक हमारे पाठ्य-सूची पृष्ठ पर नहीं हैं; PDF प्रयोगशाला के साझा फ़ोल्डर में हैं।
        </mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="#fff7ed" padding="12px 0px">
      <mj-column>
        <mj-text font-size="17px" font-weight="700" color="#9a3412">उपकरण और संसाधन (पेपर नहीं)</mj-text>
        <mj-table font-size="14px" padding="4px 24px" line-height="22px">
          <tr style="border-bottom:1px solid #fed7aa;text-align:left;">
            <th style="padding:4px 0;">नाम</th><th>प्रकार</th><th>टिप्पणी</th>
          </tr>
          <tr><td><a href="https://github.com/huggingface/diffusers" class="link">diffusers</a></td><td>लाइब्रेरी</td><td>v0.27 में SDXL पाइपलाइन</td></tr>
          <tr><td><a href="https://github.com/comfyanonymous/ComfyUI" class="link">ComfyUI</a></td><td>सॉफ़्टवेयर</td><td>नोड-आधारित वर्कफ़्लो</td></tr>
          <tr><td><a href="https://github.com/nerfstudio-project/gsplat" class="link">gsplat</a></td><td>लाइब्रेरी</td><td>गॉसियन स्प्लैटिंग के CUDA कर्नेल</td></tr>
          <tr><td><a href="https://huggingface.co/blog/annotated-diffusion" class="link">The Annotated Diffusion Model</a></td><td>ब्लॉग</td><td>कोड के साथ व्याख्या</td></tr>
          <tr><td>LAION-Aesthetics</td><td>डेटासेट</td><td>फ़ाइन-ट्यूनिंग प्रयोगों के लिए</td></tr>
        </mj-table>
      </mj-column>
    </mj-section>
    <mj-section padding="16px 0px">
      <mj-column>
        <mj-text>
          <strong>कार्यशाला:</strong> 28 मई, दोपहर 2:30, सेमिनार कक्ष B-12 — &quot;डिफ्यूज़न मॉडल का फ़ाइन-ट्यूनिंग: LoRA से DreamBooth-शैली तक&quot;
          (हैंड्स-ऑन, अपना लैपटॉप लाएँ; GPU क्रेडिट प्रयोगशाला देगी)।
        </mj-text>
        <mj-button href="https://forms.jpnlab.example.in/karyashala-mai-2024" background-color="#c2410c" color="#ffffff" border-radius="6px" font-size="15px">पंजीकरण करें</mj-button>
      </mj-column>
    </mj-section>
    <mj-section background-color="#f3f4f6" padding="16px 0px">
      <mj-column>
        <mj-social font-size="13px" icon-size="22px" mode="horizontal" align="center">
          <mj-social-element name="x" href="https://x.com/jpn_genlab">X</mj-social-element>
          <mj-social-element name="linkedin" href="https://www.linkedin.com/company/jpn-genlab">LinkedIn</mj-social-element>
          <mj-social-element name="github" href="https://github.com/jpn-genlab">GitHub</mj-social-element>
        </mj-social>
        <mj-text mj-class="muted">
          आपको यह ईमेल इसलिए मिला क्योंकि आपने जनरेटिव मॉडल पत्रिका की सदस्यता ली है।<br />
          दृष्टि एवं ग्राफ़िक्स प्रयोगशाला, जयपुर प्रौद्योगिकी विश्वविद्यालय, जयपुर 302017<br />
          <a href="[[UNSUB_LINK_HI]]" style="color:#9aa5b1;">सदस्यता समाप्त करें</a> · <a href="https://jpnlab.example.in/newsletter/archive" style="color:#9aa5b1;">पुराने अंक</a>
        </mj-text>
        <mj-raw>
          <!-- htmlmin:ignore --><img src="https://r.jpnlab.example.in/o/[[EMAIL_TO]]/17.gif" width="1" height="1" alt="" style="display:block;" /><!-- htmlmin:ignore -->
        </mj-raw>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>
'''
write_only(F684, mj, K)
