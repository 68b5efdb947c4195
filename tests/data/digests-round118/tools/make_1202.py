#!/usr/bin/env python3
"""1202: a Troop Messenger group chat exported to text (Tamil): a Chennai-like lab's diffusion reading circle. The
export's chrome is English (as the app's UI): a title line, group, exporter and export time, members, a rule; then
`[dd/mm/yyyy HH:MM] Name: text` messages (continuation lines unprefixed, attachments as `[Attachment: …]`, replies as
`↪ Reply to Name:` lines), and a closing `Total messages: N`. CRLF line ends (the Windows desktop app). Papers are
pasted as people do in chat: an arXiv abs and pdf link, an OpenReview forum link, `arXiv:` ids without a link, and
titles alone; docs, a model card, a blog post and a video are not papers."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1202, keys

K, P, A, M = "கார்த்திக் சுப்ரமணியன்", "ப்ரியா ராஜேந்திரன்", "அருண் குமார்", "மீனா செல்வம்"
msgs = [
 ("13/05/2024 19:02", K, "எல்லாருக்கும் வணக்கம் 🙏 இந்த வார diffusion வாசிப்பு பட்டியல் கீழே. வியாழன் 7 மணிக்கு lab 3-ல சந்திப்போம்."),
 ("13/05/2024 19:04", K, f"1) {T('1503.03585')} — arXiv:1503.03585\nஎல்லாம் இங்கிருந்துதான் ஆரம்பம், 2015 paper.\n"
                         f"2) {T('2010.02502')}\nhttps://openreview.net/forum?id={OR('2010.02502')}"),
 ("13/05/2024 19:11", P, f"DDIM-க்கு முன்னாடி DDPM படிக்கணுமா? நான் {T('1406.2661')} மட்டும்தான் படிச்சிருக்கேன் 😅"),
 ("13/05/2024 19:13", K, "↪ Reply to ப்ரியா ராஜேந்திரன்:\nDDPM slides போதும், Lil'Log-ல \"What are Diffusion Models?\" blog post படிச்சா போதும் (paper இல்ல, blog):\nhttps://lilianweng.github.io/posts/2021-07-11-diffusion-models/"),
 ("13/05/2024 19:20", A, f"guidance பத்தி: {T('2207.12598')} (arXiv:2207.12598). classifier இல்லாமலே guidance, ரொம்ப சின்ன paper."),
 ("13/05/2024 19:21", A, f"அதுக்கு முன்னாடி classifier guidance — {T('2105.05233')}. NeurIPS 2021, ADM model இதுதான்."),
 ("13/05/2024 19:35", M, "[Attachment: ddim_notes_meena.pdf]\nDDIM derivation notes, section 4 மட்டும் பாருங்க"),
 ("13/05/2024 20:02", P, f"latent space-ல score model: {T('2106.05931')} — LSGM. Stable Diffusion-க்கு முன்னாடியே வந்தது."),
 ("14/05/2024 09:15", K, f"SD3 paper: {T('2403.03206')}\nhttps://arxiv.org/abs/2403.03206\nrectified flow + MM-DiT. model card இங்கே (paper இல்ல): https://huggingface.co/stabilityai/stable-diffusion-3-medium"),
 ("14/05/2024 09:18", A, "👍"),
 ("14/05/2024 11:40", M, f"3D பக்கம் ஆர்வம் இருந்தா: {T('2303.11328')}\nhttps://arxiv.org/pdf/2303.11328.pdf"),
 ("14/05/2024 11:42", M, "code: https://github.com/cvlab-columbia/zero123 , diffusers docs: https://huggingface.co/docs/diffusers/index"),
 ("15/05/2024 18:05", P, "நாளைக்கு நான் CFG present பண்றேன். YouTube-ல ஒரு நல்ல talk இருக்கு: https://www.youtube.com/watch?v=Hk7oR2sTq9w"),
 ("15/05/2024 18:30", K, "சரி 👌 நாளை பார்ப்போம்."),
]
members = [K, P, A, M]
lines = ["Troop Messenger - Group Chat Export", "Group: டிஃப்யூஷன் வாசிப்பு வட்டம் (Diffusion Reading Circle)",
         f"Exported by: {K}", "Exported on: 16/05/2024 21:04", "Members: " + ", ".join(members),
         "------------------------------------------------------------", ""]
for ts, who, text in msgs:
    tl = text.split("\n")
    lines.append(f"[{ts}] {who}: {tl[0]}")
    lines += tl[1:]
    lines.append("")
lines.append(f"Total messages: {len(msgs)}")
txt = "\r\n".join(lines) + "\r\n"
write_only(F1202, txt, keys(F1202))
