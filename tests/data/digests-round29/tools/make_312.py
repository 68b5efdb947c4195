#!/usr/bin/env python3
"""312: a recommendation letter for a PhD applicant, as the recommender kept it: the text of the confirmation e-mail
an (invented) university's graduate-admissions portal sends after a recommendation is submitted ("Below is a copy
of your recommendation"), saved as plain text. The portal's fields are in English; the adviser wrote the letter in
Cebuano. What such a copy has: the portal's greeting and thanks, applicant / program / term / recommender fields,
the FERPA-style waiver line, how long and in what capacity, the rating grid as "Area: rating" lines, the overall
recommendation, the letter as typed in the text box (paragraphs, no markup, URLs typed by the writer), the portal's
character count "n of 8,000", signature and submission time, the portal's footer. Papers: the student's thesis
reading, named in the letter's sentences (titles in full, some with an abs / pdf / OpenReview / huggingface.co/papers
URL or an arXiv id in brackets)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only

KEYS = ["1807.03748", "2004.11362", "2010.04592", "2011.04419", "2006.05576", "2103.13646", "2011.06182",
        "2103.14339", "2004.07780", "2007.01434", "2010.02014", "2002.05709"]

letter = f"""Kang kinsa man ang may kalabotan:

Malipayon ako nga morekomendar kang Ma. Theresa L. Abellana alang sa inyong programa sa Doctor of Philosophy in Computer Science. Nailhan ko siya sukad Agosto 2020, sa dihang misulod siya sa among MS Computer Science ug ako ang iyang magtatambag sa tesis.

Ang iyang tesis naghisgot sa pagklasipikar sa mga chest X-ray bisan kon daghan ang sayop nga label. Sa una niyang semestre, gibasa ug gipresentar niya sa among reading group ang mga papel nga gisukaran sa self-supervised learning: {T('1807.03748')}, {T('2002.05709')} (https://arxiv.org/pdf/2002.05709), ug {T('2004.11362')}. Dili lang niya kini gibasa: gisulat niya pag-usab ang SimCLR sa PyTorch ug nakuha niya ang resulta sa papel sulod sa usa ka porsiyento.

Ang iyang labing maayong ideya naggikan sa {T('2103.13646')} (https://arxiv.org/abs/2103.13646). Gikombinar niya kini sa pagpili og lisod nga negative nga mga sampol gikan sa {T('2010.04592')} (arXiv:2010.04592), ug nakaabot siya og 4.1 ka puntos nga mas taas nga AUC kaysa sa among baseline bisan kon 40% sa mga label ang sayop. Gisulayan usab niya ang {T('2011.06182')} ug ang {T('2006.05576')} (https://openreview.net/forum?id={OR('2006.05576')}) aron masabtan kon nganong molihok ang iyang pamaagi, ug gisulat niya kini sa usa ka kapitulo nga mas klaro pa kaysa sa daghang papel nga akong nabasa.

Sa pagpili kon unsang mga hulagway ang ipa-label pag-usab sa mga doktor, gigamit niya ang ideya sa {T('2103.14339')} (https://huggingface.co/papers/2103.14339), ug nakigsabot siya mismo sa duha ka radiologist sa usa ka ospital sa Sugbo. Kini nagpakita sa iyang pagkamatinud-anon ug kaisog.

Siya mismo ang nakamatikod nga ang iyang unang modelo nagsalig sa mga marka sa ospital sa hulagway imbes sa baga, usa ka klarong ehemplo sa gihulagway sa {T('2004.07780')}. Tungod niini, gisulayan niya ang modelo sa datos gikan sa laing ospital, sumala sa pamaagi sa {T('2007.01434')} (arXiv 2007.01434), ug ang resulta niini gidawat sa usa ka lokal nga workshop.

Nagbasa usab siya lapas sa iyang tema. Sa among reading group gipresentar niya ang {T('2011.04419')} ug ang {T('2010.02014')}, ug ang iyang mga pangutana kanunay nga mas lawom kaysa sa sa mga estudyante sa PhD.

Sa akong 14 ka tuig nga pagtudlo, usa siya sa tulo ka labing maayo nga estudyante nga akong natambagan. Wala akoy pagduha-duha sa pagrekomendar kaniya.

Matinahuron,
Ramil P. Cabahug, PhD"""

n = len(letter)
page = f"""Dear Dr. Cabahug,

Thank you for submitting your recommendation for Ma. Theresa Lim Abellana. Below is a copy of your recommendation for your records. You may not edit a recommendation after it has been submitted.

Applicant: Ma. Theresa Lim Abellana
Program: Doctor of Philosophy in Computer Science
Entry term: First Semester, AY 2024-2025
Recommendation deadline: March 15, 2024

Recommender: Ramil P. Cabahug, PhD
Title: Associate Professor, Department of Computer Engineering
Institution: Visayas Institute of Technology
Email: r.cabahug@example.edu.ph

The applicant has waived her right to access this recommendation.

How long have you known the applicant? 3 years, 7 months
In what capacity? Thesis adviser (MS Computer Science)

Ratings (compared with other students you have known in a similar capacity)
Intellectual ability: Top 1%
Research potential: Top 1%
Written communication: Top 5%
Oral communication: Top 10%
Independence and initiative: Top 1%
Ability to work with others: Top 5%
Knowledge of the field: Top 5%

Overall recommendation: Highly recommend, without reservation

Letter of recommendation:
{letter}

Characters: {n:,} of 8,000

Signature: Ramil P. Cabahug
Submitted: March 8, 2024 4:17 PM (UTC+08:00)

Graduate Admissions Office
This is an automated message. Please do not reply to this e-mail.
"""

write_only("312_recommendation_letter_portal_confirmation_copy_cebuano_phd_applicant.txt", page, KEYS)
