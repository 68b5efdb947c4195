#!/usr/bin/env python3
"""Builds digests/229_mailchimp_campaign_archive_tamil_image_generation_newsletter.html: issue 23 of an (invented)
Tamil newsletter of a Chennai ML readers' circle, as its Mailchimp campaign-archive page
(https://us21.campaign-archive.com/?u=…&id=…) serves it: Mailchimp's classic "1 COLUMN" template (`<!-- NAME: 1
COLUMN -->`, the MSO conditional comments, the template `<style>`, the hidden `mcnPreviewText` span inside
`*|IF:MC_PREVIEW_TEXT|*` comments, `#bodyTable` / `#bodyCell` / `.templateContainer` with `#templatePreheader`,
`#templateHeader`, `#templateBody`, `#templateFooter`), content in `mcnTextBlock`, `mcnButtonBlock`,
`mcnDividerBlock` and `mcnImageBlock` tables, the archive bar (`#awesomewrap`), the footer vcard, preference and
unsubscribe links on list-manage.com with `e=[UNIQID]`, and Google Analytics `utm_*` parameters that Mailchimp
appended to the content links (`&amp;` in hrefs). Tamil running text; titles in English, in `<h3>`, `<strong>`,
link text and in prose in Tamil single quotes ‘…’.

Evidence: ControlNet's abs link behind a button (utm parameters), DreamBooth's "PDF" link to its arXiv pdf, SDXL as a
link whose text is its title (abs v1), the rectified-flow paper's "HTML பதிப்பு" link to arxiv.org/html/…v1, the
self-supervised VAE's OpenReview forum (link); InstructPix2Pix "arXiv: 2211.09800" (arxiv-text); textual inversion (title broken by
`<br>`), DALL·E 2's title, NCSN, LSGM in ‘…’, DiffWave (title-only). Non-papers: the diffusers repository and course,
a Hugging Face Space, a YouTube recording of a meetup talk, the meetup itself, the list's archive and RSS. Names,
addresses, ids and the list's URLs are invented."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "229_mailchimp_campaign_archive_tamil_image_generation_newsletter.html")
U, LIST_ID, CAMP = "8f3c2a91d6e4b07a5c1d2e3f4", "b6d1e0c7a2", "3e9a7c41f0"
SUBJECT = "மடல் #23 — படம் உருவாக்கும் மாதிரிகள்: இந்த மாதம் நாம் படித்தவை"
PREVIEW = "ControlNet முதல் DreamBooth வரை: diffusion மாதிரிகளைக் கட்டுப்படுத்துவது எப்படி?"
UTM = f"utm_source=chennai+ai+readers&amp;utm_medium=email&amp;utm_campaign={CAMP}-madal-23&amp;utm_term=0_{LIST_ID}-[LIST_EMAIL_ID]"
LM = "https://chennaiaireaders.us21.list-manage.com"


def utm(url):
    return url + ("&amp;" if "?" in url else "?") + UTM


def text_block(html):
    return f"""<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;">
    <tbody class="mcnTextBlockOuter">
        <tr>
            <td valign="top" class="mcnTextBlockInner" style="padding-top:9px;">
              	<!--[if mso]>
				<table align="left" border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100%;">
				<tr>
				<![endif]-->
			    
				<!--[if mso]>
				<td valign="top" width="600" style="width:600px;">
				<![endif]-->
                <table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" width="100%" class="mcnTextContentContainer">
                    <tbody><tr>
                        
                        <td valign="top" class="mcnTextContent" style="padding-top:0; padding-right:18px; padding-bottom:9px; padding-left:18px;">
                        
                            {html}
                        </td>
                    </tr>
                </tbody></table>
				<!--[if mso]>
				</td>
				<![endif]-->
                
				<!--[if mso]>
				</tr>
				</table>
				<![endif]-->
            </td>
        </tr>
    </tbody>
</table>"""


def button_block(label, href, title):
    return f"""<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnButtonBlock" style="min-width:100%;">
    <tbody class="mcnButtonBlockOuter">
        <tr>
            <td style="padding-top:0; padding-right:18px; padding-bottom:18px; padding-left:18px;" valign="top" align="left" class="mcnButtonBlockInner">
                <table border="0" cellpadding="0" cellspacing="0" class="mcnButtonContentContainer" style="border-collapse: separate !important;border-radius: 4px;background-color: #2B6CB0;">
                    <tbody>
                        <tr>
                            <td align="center" valign="middle" class="mcnButtonContent" style="font-family: 'Noto Sans Tamil', Arial, sans-serif; font-size: 15px; padding: 12px;">
                                <a class="mcnButton " title="{title}" href="{href}" target="_blank" style="font-weight: bold;letter-spacing: normal;line-height: 100%;text-align: center;text-decoration: none;color: #FFFFFF;">{label}</a>
                            </td>
                        </tr>
                    </tbody>
                </table>
            </td>
        </tr>
    </tbody>
</table>"""


DIVIDER = """<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnDividerBlock" style="min-width:100%;">
    <tbody class="mcnDividerBlockOuter">
        <tr>
            <td class="mcnDividerBlockInner" style="min-width: 100%; padding: 18px 18px 0px;">
                <table class="mcnDividerContent" border="0" cellpadding="0" cellspacing="0" width="100%" style="min-width:100%;border-top: 2px solid #EAEAEA;">
                    <tbody><tr>
                        <td>
                            <span></span>
                        </td>
                    </tr>
                </tbody></table>
<!--            
                <td class="mcnDividerBlockInner" style="padding: 18px;">
                <hr class="mcnDividerContent" style="border-bottom-color:none; border-left-color:none; border-right-color:none; border-bottom-width:0; border-left-width:0; border-right-width:0; margin-top:0; margin-right:0; margin-bottom:0; margin-left:0;" />
-->
            </td>
        </tr>
    </tbody>
</table>"""


def image_block(src, alt):
    return f"""<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock" style="min-width:100%;">
    <tbody class="mcnImageBlockOuter">
            <tr>
                <td valign="top" style="padding:9px" class="mcnImageBlockInner">
                    <table align="left" width="100%" border="0" cellpadding="0" cellspacing="0" class="mcnImageContentContainer" style="min-width:100%;">
                        <tbody><tr>
                            <td class="mcnImageContent" valign="top" style="padding-right: 9px; padding-left: 9px; padding-top: 0; padding-bottom: 0; text-align:center;">
                                
                                    
                                        <img align="center" alt="{alt}" src="{src}" width="564" style="max-width:1200px; padding-bottom: 0; display: inline !important; vertical-align: bottom;" class="mcnImage">
                                    
                                
                            </td>
                        </tr>
                    </tbody></table>
                </td>
            </tr>
    </tbody>
</table>"""


CDN = "https://mcusercontent.com/" + U + "/images/"
BODY = [
    text_block(f"""<h1>மடல் #23: படம் உருவாக்கும் மாதிரிகள்</h1>

<p>வணக்கம் நண்பர்களே! 👋 கடந்த மூன்று வாரங்களாக நம் வாசிப்பு வட்டம் diffusion மாதிரிகளைக் <em>கட்டுப்படுத்துவது</em>, <em>தனிப்பயனாக்குவது</em>, <em>திருத்துவது</em> பற்றிய கட்டுரைகளைப் படித்தது. அவற்றின் சுருக்கம் கீழே. ஒவ்வொன்றுக்கும் நம் உறுப்பினர்கள் எழுதிய ஒரு சிறு குறிப்பும் உண்டு.</p>

<p>இந்த மடலைப் படிக்க சுமார் 7 நிமிடம் ஆகும்.</p>"""),
    image_block(CDN + "5d1f0a2e-7c44-4b9e-9a61-3f2b8c0d7e15.png", "ஒரே prompt-இலிருந்து ControlNet உருவாக்கிய நான்கு படங்கள்"),
    text_block("""<h2>⭐ இந்த மாதத்தின் முதன்மைக் கட்டுரை</h2>

<h3>Adding Conditional Control to Text-to-Image Diffusion Models</h3>

<p>ஏற்கனவே பயிற்றுவிக்கப்பட்ட Stable Diffusion மாதிரியை உறைய வைத்து (freeze), அதன் encoder-இன் ஒரு நகலை மட்டும் பயிற்றுவிப்பதுதான் ControlNet-இன் அடிப்படை யோசனை. இரண்டையும் இணைப்பது <strong>zero convolution</strong> அடுக்குகள் — அவற்றின் எடைகள் பூஜ்யத்திலிருந்து தொடங்குவதால் பயிற்சியின் தொடக்கத்தில் மூல மாதிரி கெடுவதில்லை. விளிம்புகள் (Canny), மனித உடல் நிலை (pose), ஆழம் (depth) போன்ற நிபந்தனைகளைக் கொடுக்கலாம்.</p>

<p><em>— குறிப்பு எழுதியவர்: பிரியா சுந்தரம்</em></p>"""),
    button_block("கட்டுரையைப் படிக்க →", utm("https://arxiv.org/abs/2302.05543"), "கட்டுரையைப் படிக்க"),
    DIVIDER,
    text_block(f"""<h2>🎨 தனிப்பயனாக்கம் (personalization)</h2>

<p><strong>An Image is Worth One Word:<br>
Personalizing Text-to-Image Generation using Textual Inversion</strong><br>
3–5 படங்களிலிருந்து ஒரு புதிய “சொல்லின்” embedding-ஐ மட்டும் கற்றுக்கொள்கிறது; மாதிரியின் எடைகள் மாறுவதில்லை. குறியீடு <a href="{utm('https://github.com/rinongal/textual_inversion')}" target="_blank">GitHub-இல்</a> உள்ளது.</p>

<p><strong>DreamBooth: Fine Tuning Text-to-Image Diffusion Models for Subject-Driven Generation</strong> (<a href="{utm('https://arxiv.org/pdf/2208.12242.pdf')}" target="_blank">PDF</a>)<br>
இதற்கு மாறாக முழு மாதிரியையும் fine-tune செய்கிறது; “class-specific prior preservation loss” என்ற இழப்புச் சார்பு மாதிரி மற்றவற்றை மறந்துவிடாமல் தடுக்கிறது. நம் உறுப்பினர் கார்த்திக் தன் நாயின் 5 படங்களுடன் செய்த சோதனை: <a href="{utm('https://huggingface.co/spaces/karthik-r/dreambooth-kutty')}" target="_blank">Hugging Face Space</a>.</p>"""),
    DIVIDER,
    text_block(f"""<h2>✏️ படத் திருத்தம்</h2>

<p><strong>InstructPix2Pix: Learning to Follow Image Editing Instructions</strong><br>
<span style="font-size:12px; color:#777777;">arXiv: 2211.09800 · CVPR 2023</span><br>
GPT-3 மற்றும் Prompt-to-Prompt மூலம் செயற்கையாக உருவாக்கிய (படம், அறிவுறுத்தல், திருத்திய படம்) மும்மைகளில் பயிற்சி. “வானத்தை மாலை நேரமாக்கு” போன்ற ஒரு வரி அறிவுறுத்தலே போதும்.</p>"""),
    DIVIDER,
    text_block(f"""<h2>🏗️ பெரிய மாதிரிகள்</h2>

<ul>
	<li><a href="{utm('https://arxiv.org/abs/2307.01952v1')}" target="_blank">SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis</a> — மூன்று மடங்கு பெரிய UNet, இரண்டு text encoder-கள், ஒரு refiner மாதிரி.</li>
	<li>Scaling Rectified Flow Transformers for High-Resolution Image Synthesis (<a href="{utm('https://arxiv.org/html/2403.03206v1')}" target="_blank">HTML பதிப்பு</a>) — Stable Diffusion 3-இன் பின்னணி; UNet-க்குப் பதிலாக MM-DiT.</li>
	<li>ஒப்பிட்டுப் பார்க்க: Hierarchical Text-Conditional Image Generation with CLIP Latents (DALL·E 2) — CLIP image embedding-ஐ முதலில் உருவாக்கி, பிறகு அதிலிருந்து படம்.</li>
</ul>"""),
    DIVIDER,
    text_block(f"""<h2>📚 பின்னணி: score மாதிரிகள்</h2>

<p>diffusion-க்கு முந்தைய score-based பார்வையைப் புரிந்துகொள்ள, நம் வட்டத்தின் தொடக்க அமர்வுகளில் படித்த Generative Modeling by Estimating Gradients of the Data Distribution கட்டுரையை மீண்டும் பார்க்கலாம். latent space-இல் score மாதிரியைப் பயிற்றுவிக்கும் ‘Score-based Generative Modeling in Latent Space’ (LSGM) அதன் தொடர்ச்சி.</p>

<p>VAE பக்கத்திலிருந்து ஒரு சிறிய ஆனால் அழகான கட்டுரை: <a href="{utm('https://openreview.net/forum?id=zOGdf9K8aC')}" target="_blank">Self-Supervised Variational Auto-Encoders</a> — படத்தின் எளிய (downscaled) வடிவங்களை இடைநிலை மாறிகளாகப் பயன்படுத்துகிறது.</p>"""),
    DIVIDER,
    text_block(f"""<h2>🔊 ஒலிக்கும் diffusion</h2>

<p>படங்கள் மட்டுமல்ல: DiffWave: A Versatile Diffusion Model for Audio Synthesis ஒரு non-autoregressive vocoder; WaveNet-க்கு இணையான தரம், பல மடங்கு வேகம். அடுத்த மடலில் பேச்சு மாதிரிகள் பற்றி விரிவாக.</p>"""),
    DIVIDER,
    text_block(f"""<h2>📅 நிகழ்வுகள்</h2>

<p><strong>சென்னை AI வாசகர் சந்திப்பு #9</strong> — மார்ச் 30 (சனி), மாலை 4 மணி, IIT Madras Research Park, அறை 2-B. தலைப்பு: “diffusers நூலகத்தில் ControlNet — நேரடி செயல்முறை”. <a href="{utm('https://lu.ma/chennai-ai-readers-9')}" target="_blank">பதிவு செய்ய</a>.</p>

<p>கடந்த சந்திப்பின் பதிவு: <a href="{utm('https://www.youtube.com/watch?v=Q3kJ8r2VxLs')}" target="_blank">YouTube</a>. தொடக்கநிலையினருக்கு Hugging Face-இன் இலவச <a href="{utm('https://huggingface.co/learn/diffusion-course/unit0/1')}" target="_blank">Diffusion Models Course</a> பரிந்துரைக்கிறோம்.</p>

<p>அடுத்த மடல் ஏப்ரல் 15 அன்று. கருத்துகளுக்கு இந்த மின்னஞ்சலுக்குப் பதில் அனுப்புங்கள் 🙏<br>
— ஆசிரியர் குழு: பிரியா சுந்தரம், கார்த்திக் ராஜேந்திரன், அருண் வேலு</p>"""),
]

FOOTER = text_block(f"""<em>Copyright © 2024 சென்னை AI வாசகர் வட்டம், All rights reserved.</em><br>
நீங்கள் எங்கள் சந்திப்பில் பதிவு செய்ததால் இந்த மடல் உங்களுக்கு வருகிறது.<br>
<br>
<strong>Our mailing address is:</strong><br>
<div class="vcard"><span class="org fn">Chennai AI Readers Circle</span><div class="adr"><div class="street-address">12, 4th Cross Street, Kasturba Nagar</div><span class="locality">Chennai</span>, <span class="region">TN</span>  <span class="postal-code">600020</span> <div class="country-name">India</div></div><br><a href="{LM}/vcard?u={U}&amp;id={LIST_ID}" class="hcard-download">Add us to your address book</a></div>
<br>
<br>
Want to change how you receive these emails?<br>
You can <a href="{LM}/profile?u={U}&amp;id={LIST_ID}&amp;e=[UNIQID]&amp;c={CAMP}">update your preferences</a> or <a href="{LM}/unsubscribe?u={U}&amp;id={LIST_ID}&amp;t=b&amp;e=[UNIQID]&amp;c={CAMP}">unsubscribe from this list</a>.<br>
<br>""")

STYLE = """		p{
			margin:10px 0;
			padding:0;
		}
		table{
			border-collapse:collapse;
		}
		h1,h2,h3,h4,h5,h6{
			display:block;
			margin:0;
			padding:0;
		}
		img,a img{
			border:0;
			height:auto;
			outline:none;
			text-decoration:none;
		}
		body,#bodyTable,#bodyCell{
			height:100%;
			margin:0;
			padding:0;
			width:100%;
		}
		.mcnPreviewText{
			display:none !important;
		}
		#bodyCell{
			padding:10px;
		}
		.templateContainer{
			max-width:600px !important;
		}
		a.mcnButton{
			display:block;
		}
		.mcnImage,.mcnRetinaImage{
			vertical-align:bottom;
		}
		.mcnTextContent{
			word-break:break-word;
		}
		.mcnTextContent img{
			height:auto !important;
		}
		.mcnDividerBlock{
			table-layout:fixed !important;
		}
		body,#bodyTable{
			background-color:#FAFAFA;
		}
		h1{
			color:#202020;
			font-family:'Noto Sans Tamil', Helvetica;
			font-size:26px;
			font-style:normal;
			font-weight:bold;
			line-height:125%;
			letter-spacing:normal;
			text-align:left;
		}
		h2{
			color:#202020;
			font-family:'Noto Sans Tamil', Helvetica;
			font-size:20px;
			font-weight:bold;
			line-height:125%;
			text-align:left;
		}
		h3{
			color:#202020;
			font-family:Helvetica;
			font-size:18px;
			font-weight:bold;
			line-height:125%;
			text-align:left;
		}
		#templateBody .mcnTextContent,#templateBody .mcnTextContent p{
			color:#202020;
			font-family:'Noto Sans Tamil', Helvetica;
			font-size:16px;
			line-height:170%;
			text-align:left;
		}
		#templateFooter .mcnTextContent,#templateFooter .mcnTextContent p{
			color:#656565;
			font-family:Helvetica;
			font-size:12px;
			line-height:150%;
			text-align:center;
		}
	@media only screen and (max-width: 480px){
		body,table,td,p,a,li,blockquote{
			-webkit-text-size-adjust:none !important;
		}

}	@media only screen and (max-width: 480px){
		.mcnTextContent,.mcnBoxedTextContentColumn{
			padding-right:18px !important;
			padding-left:18px !important;
		}

}"""


def section(tid, blocks):
    return f"""                            <tr>
                                <td valign="top" id="{tid}">{"".join(blocks)}</td>
                            </tr>
"""


def build():
    archive = f"https://us21.campaign-archive.com/?u={U}&amp;id={CAMP}"
    return f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
    <head>
        <!-- NAME: 1 COLUMN -->
        <!--[if gte mso 15]>
        <xml>
            <o:OfficeDocumentSettings>
            <o:AllowPNG/>
            <o:PixelsPerInch>96</o:PixelsPerInch>
            </o:OfficeDocumentSettings>
        </xml>
        <![endif]-->
        <meta charset="UTF-8">
        <meta http-equiv="X-UA-Compatible" content="IE=edge">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{SUBJECT}</title>
        
    <meta property="og:title" content="{SUBJECT}">
    <meta property="og:description" content="{PREVIEW}">
    <meta property="og:url" content="{archive}">
    <meta property="og:image" content="{CDN}5d1f0a2e-7c44-4b9e-9a61-3f2b8c0d7e15.png">
    <link rel="alternate" type="application/rss+xml" title="RSS" href="https://us21.campaign-archive.com/feed?u={U}&amp;id={LIST_ID}">
    <script type="text/javascript" src="https://us21.campaign-archive.com/js/archive-bar.min.js"></script>
    <style type="text/css">
{STYLE}</style></head>
    <body>
        <div id="awesomewrap"><div id="awesomebar"><ul id="awesomebar-nav"><li class="first"><a href="https://eepurl.com/iK3xQz" title="Subscribe to this list">Subscribe</a></li><li><a href="https://us21.campaign-archive.com/home/?u={U}&amp;id={LIST_ID}" title="View past issues">Past Issues</a></li><li class="last"><a href="https://us21.campaign-archive.com/feed?u={U}&amp;id={LIST_ID}" title="RSS Feed">RSS</a></li></ul></div></div>
        <!--*|IF:MC_PREVIEW_TEXT|*-->
        <!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">{PREVIEW}</span><!--<![endif]-->
        <!--*|END:IF|*-->
        <center>
            <table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable">
                <tr>
                    <td align="center" valign="top" id="bodyCell">
                        <!-- BEGIN TEMPLATE // -->
						<!--[if (gte mso 9)|(IE)]>
						<table align="center" border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;">
						<tr>
						<td align="center" valign="top" width="600" style="width:600px;">
						<![endif]-->
                        <table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">
{section("templatePreheader", [text_block(f'<a href="{archive}" target="_blank">இந்த மடலை உலாவியில் பார்க்க</a>')])}{section("templateHeader", [image_block(CDN + "0b7e4c1a-2f39-4d8e-b5a6-91c3e2d4f870.png", "சென்னை AI வாசகர் வட்டம் — மடல்")])}{section("templateBody", BODY)}{section("templateFooter", [FOOTER])}                        </table>
						<!--[if (gte mso 9)|(IE)]>
						</td>
						</tr>
						</table>
						<![endif]-->
                        <!-- // END TEMPLATE -->
                    </td>
                </tr>
            </table>
        </center>
    </body>
</html>
"""


if __name__ == "__main__":
    TEXT = build()
    check_no_distractor(TEXT, "229")
    open(OUT, "w", encoding="utf-8", newline="").write(TEXT)
    print(OUT, len(TEXT))
