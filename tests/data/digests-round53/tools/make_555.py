#!/usr/bin/env python3
"""555: a Qualtrics survey exported as .qsf (Tools → Import/Export → Export survey): one JSON object with SurveyEntry
(SurveyID, SurveyName, SurveyLanguage "HE", dates, owner / creator ids) and SurveyElements — BL (blocks with
BlockElements), FL (survey flow), SO (survey options), SCO (scoring), PROJ, STAT, QC (question count), RS (response
set), and one SQ per question with QuestionText HTML, DataExportTag, QuestionType / Selector / SubSelector,
Choices / ChoiceOrder, Validation, NextChoiceId / NextAnswerId. A Hebrew poll of a reading group choosing papers on
AutoML, optimisation, RL and ML for science. Papers: arXiv abs links in choice HTML (link), an OpenReview forum link
(link), "arXiv:ID" in a choice (arxiv-text), titles with venues (title-only). Not papers: the AutoML.org site, a
workshop, a book, MineRL, DeepMind's blog."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import F555, keys

SID = "SV_3K9xzv2Qa7bT1eS"


def el(kind, prim, sec, payload, ter=None):
    return {"SurveyID": SID, "Element": kind, "PrimaryAttribute": prim, "SecondaryAttribute": sec, "TertiaryAttribute": ter,
            "Payload": payload}


def a(url, text):
    return f'<a href="{url}" target="_blank">{text}</a>'


choices1 = [
 f"{a('https://arxiv.org/abs/2010.03409', T('2010.03409'))} ({au('2010.03409', 2)}, ICLR 2021)",
 f"{T('2108.04392')} (Wang et al., ICLR 2021 – פרס המאמר המצטיין)",
 f"{a('https://arxiv.org/abs/2006.03656', T('2006.03656'))}",
 f"{T('2006.05929')} (ICLR 2021)",
 f"{a('https://openreview.net/forum?id=' + OR('2011.06182'), T('2011.06182'))}",
 f"{T('2010.01412')} — arXiv:2010.01412",
 f"{T('2006.05990')} (Andrychowicz et al., ICLR 2021)",
 f"{T('2103.13462')} (Tengyu Ma, פרק מתוך ספר, 2021)",
 "אחר – נא לפרט",
]
qs = []
qs.append(("QID1", "Q1", "MC", "MAVR", "TX",
           "<div dir=\"rtl\"><strong>אילו מאמרים תרצו לקרוא בסמסטר ב'?</strong><br>אפשר לבחור עד ארבעה. המאמרים שיקבלו הכי הרבה קולות ייכנסו לתוכנית.</div>",
           choices1, {"Settings": {"ForceResponse": "ON", "ForceResponseType": "ON", "Type": "MaxChoices", "MaxChoices": "4"}}))
qs.append(("QID2", "Q2", "MC", "SAVR", "TX", "<div dir=\"rtl\">האם תהיו מוכנים להציג מאמר?</div>",
           ["כן", "כן, אבל רק בחודש מאי", "לא הסמסטר"], {"Settings": {"ForceResponse": "OFF", "ForceResponseType": "ON", "Type": "None"}}))
qs.append(("QID3", "Q3", "MC", "MACOL", "TX", "<div dir=\"rtl\">באילו ימים נוח לכם? (המפגש 90 דקות, בחדר 214 בבניין הנדסה ב')</div>",
           ["ראשון 16:00", "שלישי 12:00", "רביעי 18:00 (זום)", "חמישי 10:00"], {"Settings": {"ForceResponse": "OFF", "ForceResponseType": "ON", "Type": "None"}}))
qs.append(("QID4", "Q4", "TE", "ML", None,
           "<div dir=\"rtl\">הצעות נוספות (לא רק מאמרים – גם הרצאות, ספרים או סדנאות). למשל: הסדנה של AutoML.org, פרקים מהספר של Sutton &amp; Barto, או התחרות MineRL.</div>",
           [], {"Settings": {"ForceResponse": "OFF", "ForceResponseType": "ON", "Type": "None"}}))
qs.append(("QID5", "Q5", "DB", "TB", None,
           "<div dir=\"rtl\">תודה! התוצאות יישלחו ברשימת התפוצה של הקבוצה. שאלות: <a href=\"mailto:reading-group@cs.example.ac.il\">reading-group@cs.example.ac.il</a></div>",
           [], None))
elements = []
bl = {"0": {"Type": "Default", "Description": "Default Question Block", "ID": "BL_8dLkq0ZVnJ4Tb1k",
            "BlockElements": [{"Type": "Question", "QuestionID": "QID1"}, {"Type": "Page Break"},
                              {"Type": "Question", "QuestionID": "QID2"}, {"Type": "Question", "QuestionID": "QID3"}]},
      "1": {"Type": "Trash", "Description": "Trash / Unused Questions", "ID": "BL_5pWqGdM3uR0Hn7E", "BlockElements": []},
      "2": {"Type": "Standard", "SubType": "", "Description": "הצעות ותודה", "ID": "BL_0c7VbA1xYz2Q9kS",
            "BlockElements": [{"Type": "Question", "QuestionID": "QID4"}, {"Type": "Question", "QuestionID": "QID5"}],
            "Options": {"BlockLocking": "false", "RandomizeQuestions": "false", "BlockVisibility": "Expanded"}}}
elements.append(el("BL", "Survey Blocks", None, bl))
elements.append(el("FL", "Survey Flow", None, {"Type": "Root", "FlowID": "FL_1", "Flow": [
    {"Type": "Block", "ID": "BL_8dLkq0ZVnJ4Tb1k", "FlowID": "FL_2"}, {"Type": "Standard", "ID": "BL_0c7VbA1xYz2Q9kS", "FlowID": "FL_3"}],
    "Properties": {"Count": 3, "RemovedFieldsets": []}}))
elements.append(el("PL", "Preview Link", None, {"PreviewType": "Brand", "PreviewID": "3f0d8a27-6c4e-4a1b-9d5e-2b7c61e0fa94"}))
elements.append(el("PROJ", "CORE", None, {"ProjectCategory": "CORE", "SchemaVersion": "1.0.0"}, "1.1.0"))
elements.append(el("QC", "Survey Question Count", str(len(qs)), None))
for qid, tag, qt, sel, sub, text, ch, val in qs:
    p = {"QuestionText": text, "DefaultChoices": False, "DataExportTag": tag, "QuestionType": qt, "Selector": sel}
    if sub: p["SubSelector"] = sub
    p["Configuration"] = {"QuestionDescriptionOption": "UseText", "TextPosition": "inline", "ChoiceColumnWidth": 25} if qt == "MC" else {"QuestionDescriptionOption": "UseText"}
    import re
    p["QuestionDescription"] = re.sub(r"<[^>]+>", "", text).replace("&amp;", "&")[:99]
    if ch:
        p["Choices"] = {str(i): ({"Display": c, "TextEntry": "true"} if c.startswith("אחר") else {"Display": c}) for i, c in enumerate(ch, 1)}
        p["ChoiceOrder"] = [i for i in range(1, len(ch) + 1)]
    if val: p["Validation"] = val
    p["Language"] = []
    p["NextChoiceId"] = len(ch) + 1 if ch else 4
    p["NextAnswerId"] = 1
    p["QuestionID"] = qid
    if qt == "MC" and qid == "QID1": p["Randomization"] = {"Advanced": None, "Type": "All", "TotalRandSubset": ""}
    elements.append(el("SQ", qid, p["QuestionDescription"], p))
elements.append(el("RS", "RS_1Gd8SxNqkPz0aVb", "Default Response Set", None))
elements.append(el("SCO", "Scoring", None, {"ScoringCategories": [], "ScoringCategoryGroups": [], "ScoringSummaryCategory": None,
                                              "ScoringSummaryAfterQuestions": 0, "ScoringSummaryAfterSurvey": 0, "DefaultScoringCategory": None,
                                              "AutoScoringCategory": None}))
elements.append(el("SO", "Survey Options", None, {"BackButton": "true", "SaveAndContinue": "true", "SurveyProtection": "PublicSurvey",
    "BallotBoxStuffingPrevention": "true", "NoIndex": "Yes", "SecureResponseFiles": "true", "SurveyExpiration": "None",
    "SurveyTermination": "DefaultMessage", "Header": "", "Footer": "", "ProgressBarDisplay": "None", "PartialData": "+1 week",
    "ValidationMessage": "", "PreviousButton": " ← ", "NextButton": " → ", "SurveyTitle": "סקר מאמרים – קבוצת קריאה",
    "SkinLibrary": "exampleuniv", "SkinType": "templated", "Skin": {"brandingId": None, "templateId": "*base", "overrides": None},
    "NewScoring": 1, "SurveyMetaDescription": "סקר בחירת מאמרים לקבוצת הקריאה, סמסטר ב' תשפ\"ד", "SurveyLanguage": "HE"}))
elements.append(el("STAT", "Survey Statistics", None, {"MobileCompatible": True, "ID": "Survey Statistics"}))
survey = {"SurveyEntry": {"SurveyID": SID, "SurveyName": "סקר בחירת מאמרים – קבוצת קריאה AutoML/RL, סמסטר ב'",
          "SurveyDescription": None, "SurveyOwnerID": "UR_6yHjKp2vRt8wXqZ", "SurveyBrandID": "exampleuniv",
          "DivisionID": None, "SurveyLanguage": "HE", "SurveyActiveResponseSet": "RS_1Gd8SxNqkPz0aVb",
          "SurveyStatus": "Active", "SurveyStartDate": "0000-00-00 00:00:00", "SurveyExpirationDate": "0000-00-00 00:00:00",
          "SurveyCreationDate": "2024-02-18 09:41:27", "CreatorID": "UR_6yHjKp2vRt8wXqZ", "LastModified": "2024-02-21 14:07:53",
          "LastAccessed": "0000-00-00 00:00:00", "LastActivated": "2024-02-21 14:08:10", "Deleted": None},
          "SurveyElements": elements}
text = json.dumps(survey, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
write_only(F555, text, keys(F555), [json.dumps(survey, ensure_ascii=False)])
