#!/usr/bin/env python3
"""699: an Exchange Web Services GetItem response (SOAP 1.1, Exchange 2019 / V2017_07_11) as the server returns it:
the whole envelope on one line (no indentation, no final newline), ServerVersionInfo header, m:GetItemResponse /
m:ResponseMessages / m:GetItemResponseMessage ResponseClass="Success" / m:ResponseCode NoError, one t:Message with the
item properties in schema order, t:Body BodyType="Text" whose text keeps Outlook's CRLF line ends, & < > escaped.
The message: a Russian lab member forwards (Outlook, ru-RU) a trimmed arXiv cs daily mailing (replacements only) on
state-space models and retrieval, with a comment above."""
import base64, hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, abstract, write_only
from make_expected import F699, keys


def x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def wrap(s, w=79, ind=""):
    out, line = [], ""
    for wd in s.split():
        if line and len(line) + 1 + len(wd) > w:
            out.append(line); line = ind + wd
        else:
            line = (line + " " + wd) if line else wd
    out.append(line)
    return "\n".join(out)


def entry(k, date, kb, cats, cross=False):
    return ("------------------------------------------------------------------------------\n\\\\\n"
            f"arXiv:{k}{' (*cross-listing*)' if cross else ''}\nreplaced with revised version {date}   ({kb}kb,D)\n\n"
            + wrap("Title: " + T(k), 79, "  ") + "\n" + wrap("Authors: " + ", ".join(authors(k)), 79, "  ") + "\n"
            f"Categories: {cats}\n\\\\ ( https://arxiv.org/abs/{k} ,  {kb}kb)\n")


comment = f"""Коллеги, добрый день!

Пересылаю вчерашнюю рассылку arXiv (cs daily) — вырезал всё, кроме замен (replacements), которые касаются нашей темы на
семинаре 21 марта. Новые версии вышли у четырёх статей из нашего списка, см. ниже.

Что важно для семинара:
1. К первой статье ниже (селективные пространства состояний) обязательно прочитать предшественников. Первая — "{T('2008.07669')}"
   (arXiv:2008.07669), вторая — "{T('2111.00396')}" (Gu, Goel, Ré). PDF второй лежит в общей папке
   \\\\fs-lab\\seminar\\2024-03\\ , ссылку не даю, чтобы не плодить версии.
2. Для блока про память: "{T('2105.06548')}" (Sukhbaatar и др., ICML 2021) — Артём делает
   обзор на 15 минут.
3. Алина предложила добавить "{T('2011.03459')}" (Arakelyan, Daza, Minervini, Cochez) как пример
   рассуждений поверх графа знаний — обсудим, влезет ли в программу.

Не статьи, но пригодятся: репозиторий state-spaces/mamba на GitHub, пост "The Annotated S4" (блог), курс CS224N
(лекция про retrieval), библиотека FAISS.

Напоминаю: зал 412, начало в 17:30, чай за счёт кафедры.

С уважением,
Дмитрий Воронцов
аспирант, лаборатория обработки последовательностей
Институт прикладной информатики (Верхнекамск)
тел. +7 (3412) 00-00-00, доб. 214

"""
fwd_head = """________________________________
От: no-reply@arxiv.org <no-reply@arxiv.org>
Отправлено: среда, 13 марта 2024 г. 4:12
Кому: seq-lab@vkinst.example.ru <seq-lab@vkinst.example.ru>
Тема: cs daily Subj-class mailing 64 3

ВНИМАНИЕ: письмо получено от внешнего отправителя. Не открывайте вложения и ссылки, если не уверены в источнике.

------------------------------------------------------------------------------
------------------------------------------------------------------------------
Send any comments regarding submissions directly to submitter.
------------------------------------------------------------------------------
Archives at http://arxiv.org/
To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel
------------------------------------------------------------------------------
 Submissions to:
Computation and Language
Machine Learning
 received from  Mon 11 Mar 24 18:00:00 GMT  to  Tue 12 Mar 24 18:00:00 GMT
------------------------------------------------------------------------------
[... новые поступления (112 шт.) вырезаны — Д.В. ...]
%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%
"""
listing = (entry("2312.00752", "Tue, 12 Mar 2024 02:41:09 GMT", 1268, "cs.LG cs.AI")
           + entry("2307.08621", "Tue, 12 Mar 2024 09:15:37 GMT", 736, "cs.CL cs.LG")
           + entry("2310.11511", "Tue, 12 Mar 2024 11:02:55 GMT", 1904, "cs.CL cs.AI cs.LG")
           + entry("2002.08909", "Tue, 12 Mar 2024 16:48:20 GMT", 812, "cs.CL cs.LG", cross=True)
           + "------------------------------------------------------------------------------\n"
             "[... остальные замены вырезаны ...]\n"
             "%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---\n")
body = (comment + fwd_head + listing).replace("\n", "\r\n")

NS = ('xmlns:h="http://schemas.microsoft.com/exchange/services/2006/types" xmlns="http://schemas.microsoft.com/exchange/services/2006/types" '
      'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"')
iid = "AAMkADg1NjQ3" + base64.b64encode(hashlib.sha256(b"r68-699-item").digest()).decode()[:120]
ck = "CQAAABYAAAB" + base64.b64encode(hashlib.sha256(b"r68-699-ck").digest()).decode()[:30]
pf = "AAMkADg1NjQ3" + base64.b64encode(hashlib.sha256(b"r68-699-inbox").digest()).decode()[:58]
ci = base64.b64encode(hashlib.sha256(b"r68-699-conv").digest()[:22]).decode()
subj = "FW: cs daily Subj-class mailing 64 3 — замены по SSM/RAG к семинару 21.03"


def mbx(name, addr):
    return f"<t:Mailbox><t:Name>{x(name)}</t:Name><t:EmailAddress>{addr}</t:EmailAddress><t:RoutingType>SMTP</t:RoutingType><t:MailboxType>Mailbox</t:MailboxType></t:Mailbox>"


msg = ("<t:Message>"
       f'<t:ItemId Id="{iid}" ChangeKey="{ck}"/><t:ParentFolderId Id="{pf}" ChangeKey="AQAAAA=="/>'
       "<t:ItemClass>IPM.Note</t:ItemClass>"
       f"<t:Subject>{x(subj)}</t:Subject><t:Sensitivity>Normal</t:Sensitivity>"
       f'<t:Body BodyType="Text" IsTruncated="false">{x(body)}</t:Body>'
       "<t:DateTimeReceived>2024-03-13T07:58:41Z</t:DateTimeReceived>"
       f"<t:Size>{len(body.encode()) + 4312}</t:Size><t:Categories><t:String>Семинар</t:String></t:Categories>"
       "<t:Importance>Normal</t:Importance><t:IsSubmitted>false</t:IsSubmitted><t:IsDraft>false</t:IsDraft><t:IsFromMe>false</t:IsFromMe>"
       "<t:IsResend>false</t:IsResend><t:IsUnmodified>true</t:IsUnmodified>"
       "<t:DateTimeSent>2024-03-13T07:58:36Z</t:DateTimeSent><t:DateTimeCreated>2024-03-13T07:58:41Z</t:DateTimeCreated>"
       "<t:DisplayCc/><t:DisplayTo>seq-seminar</t:DisplayTo><t:HasAttachments>false</t:HasAttachments><t:Culture>ru-RU</t:Culture>"
       f"<t:Sender>{mbx('Воронцов Дмитрий Андреевич', 'd.vorontsov@vkinst.example.ru')}</t:Sender>"
       f"<t:ToRecipients>{mbx('seq-seminar', 'seq-seminar@vkinst.example.ru')}</t:ToRecipients>"
       "<t:IsReadReceiptRequested>false</t:IsReadReceiptRequested><t:IsDeliveryReceiptRequested>false</t:IsDeliveryReceiptRequested>"
       f"<t:ConversationIndex>{ci}</t:ConversationIndex><t:ConversationTopic>{x(subj[4:])}</t:ConversationTopic>"
       f"<t:From>{mbx('Воронцов Дмитрий Андреевич', 'd.vorontsov@vkinst.example.ru')}</t:From>"
       "<t:InternetMessageId>&lt;VI1PR0702MB3821C0A1E5D24B7@VI1PR0702MB3821.eurprd07.prod.example.ru&gt;</t:InternetMessageId>"
       "<t:IsRead>true</t:IsRead><t:IsResponseRequested>false</t:IsResponseRequested>"
       "</t:Message>")
env = ('<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header>'
       f'<h:ServerVersionInfo MajorVersion="15" MinorVersion="2" MajorBuildNumber="1544" MinorBuildNumber="9" Version="V2017_07_11" {NS}/>'
       '</s:Header><s:Body><m:GetItemResponse xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages" '
       'xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"><m:ResponseMessages>'
       '<m:GetItemResponseMessage ResponseClass="Success"><m:ResponseCode>NoError</m:ResponseCode><m:Items>'
       + msg + "</m:Items></m:GetItemResponseMessage></m:ResponseMessages></m:GetItemResponse></s:Body></s:Envelope>")
write_only(F699, env, keys(F699), forms=[body])
