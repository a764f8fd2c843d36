"""The six procedure documents: every required field is in the PDF text and the plain text, every
page carries the case number, ROC date, page x / y, the chain head and the 偵查不公開 line."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

import pytest

from app.reports.document import BLANK, pdf_bytes, to_text
from app.reports.model import Agencies, CaseDossier, CaseFileSent
from app.reports.notices import DocumentKind, DocumentOptions, build
from tests.unit.reports.conftest import pdf_pages, squeeze
from tests.unit.reports.sample import HEAD, T0, dossier, with_clocks

pytestmark = pytest.mark.usefixtures("zh_tw")
GENERATED_ROC = "民國114年7月10日"  # dossier().generated_at = T0 + 2 days, Taipei calendar


def _render(kind: DocumentKind, agencies: Agencies, **options: object) -> tuple[list[str], str]:
    document = build(kind, dossier(), agencies, DocumentOptions(**options))
    return pdf_pages(pdf_bytes(document)), to_text(document)


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_every_page_has_the_frame(kind: DocumentKind, agencies: Agencies) -> None:
    pages, _text = _render(kind, agencies)
    for number, page in enumerate(pages, start=1):
        assert "案號 NP-114-0007" in page
        assert GENERATED_ROC in page
        assert f"第 {number} 頁／共 {len(pages)} 頁" in page
        assert HEAD in page
        assert "偵查不公開" in page


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_no_western_dates_in_zh_documents(kind: DocumentKind, agencies: Agencies) -> None:
    pages, text = _render(kind, agencies)
    for content in [*pages, text]:
        assert "2025-07" not in content and "2025年" not in content


def test_referral_has_reason_urls_and_evidence_hashes(agencies: Agencies) -> None:
    pages, text = _render(DocumentKind.REFERRAL, agencies, reason="Threads 貼文以暗語媒介未成年性交易（測試）")
    pdf = squeeze("".join(pages))
    for content in (pdf, squeeze(text)):
        assert "事由" in content and "Threads貼文以暗語媒介未成年性交易（測試）" in content
        assert "https://social.example.test/p/1001?ref=share&lang=zh-TW" in content
        assert "https://social.example.test/p/1002" in content
        for capture in dossier().evidence_captures:
            for artifact in capture.artifacts:
                assert artifact.sha256 in content
        assert "臺北市政府警察局婦幼警察隊" in content and "iWIN" in content and "性影像處理中心" in content
    assert "recheck.png" not in pdf  # the re-check is not evidence of the content
    assert "蒐證網址2個均已完整" in pdf
    one = to_text(build(DocumentKind.REFERRAL, dossier(captures=1), agencies, DocumentOptions()))
    assert "蒐證網址 1 個，已完整" in one and "均" not in one  # seen: 「1 筆蒐證均已完整」 ("all" of one)
    # the address a URL led to on a line of its own (seen: run on after the URL, "…lang=zh-TW → https://…")
    lines = [line.strip() for line in "\n".join(pages).splitlines()]
    assert "→ https://social.example.test/p/1001" in lines


def test_a_site_name_stays_whole_in_the_url_table(agencies: Agencies) -> None:
    """Seen: 「SyntheticSocia / l」 in the referral's and the DNS RPZ request's narrow site column."""
    from dataclasses import replace

    case = dossier()
    captures = tuple(replace(c, platform="SyntheticSocial") if c.kind == "page" else c for c in case.captures)
    for kind in (DocumentKind.REFERRAL, DocumentKind.DNS_RPZ):
        pages = pdf_pages(pdf_bytes(build(kind, replace(case, captures=captures), agencies)))
        assert "SyntheticSocial" in "\n".join(pages).split(), kind


def test_referral_warns_when_a_capture_is_incomplete(agencies: Agencies) -> None:
    from dataclasses import replace

    base = dossier()
    broken = replace(base, captures=(replace(base.captures[0], complete=False), *base.captures[1:]))
    text = to_text(build(DocumentKind.REFERRAL, broken, agencies))
    assert "注意：蒐證 K000000001 標示為不完整" in text


def test_platform_notice_has_the_fields_of_rule_5(agencies: Agencies) -> None:
    notice_at = T0 + timedelta(days=3)  # 民國114年7月11日
    document = build(DocumentKind.PLATFORM_NOTICE, with_clocks(dossier(), {}), agencies,
                     DocumentOptions(notice_at=notice_at))
    pages, text = pdf_pages(pdf_bytes(document)), to_text(document)
    for content in (squeeze("".join(pages)), squeeze(text)):
        for label in ("網站名稱", "網站網址", "性影像（內容）網址", "張貼者帳號或IP位址", "通知機關及聯絡方式"):
            assert label in content
        assert "Threads" in content and "https://social.example.test/" in content
        assert "https://cdn.example.test/img/9f3.jpg" in content
        assert "@seller_0712" in content and "203.0.113.9" in content
        assert "臺北市政府社會局" in content
        assert "資料保留起日民國114年7月11日" in content
        assert "資料保留迄日（至少）民國115年1月7日" in content  # + 180 days
        assert "限制瀏覽或移除期限民國114年7月12日10:05" in content
    # a value's further lines (the poster's IP under the account) indented, not read as fields of their own
    assert "@seller_0712\n    " in text and "203.0.113.9" in text and "臺北市政府社會局\n    聯絡方式：" in text
    # a label and its value in Chinese: 「發文者 IP 位址：203.0.113.9」 on paper, where it read 「…位址: 203.0.113.9」
    for content in ("".join(pages), text):
        assert "發文者 IP 位址：203.0.113.9" in content and "：@seller_0712" in content


def test_the_platform_notice_takes_the_adult_image_rule_and_the_order_time_from_the_procedure(
        agencies: Agencies) -> None:
    """Audit 19 A4: the notice printed 24 hours under the child act for adult images, whose clock (and the
    checklist) says 72 hours under the sexual-assault act, and the print time as the notice time where the
    order's service was recorded. Now both come from the procedure file's clocks and the recorded step."""
    served = T0 + timedelta(days=1)  # 民國114年7月9日 10:05
    ticks = {"platform-order": (served, {"image_kind": "adult"})}
    for kind_of_images, hours, deadline, law in (("adult", 72, "民國114年7月12日10:05", "性侵害犯罪防治法第13條"),
                                                 ("child", 24, "民國114年7月10日10:05", "本條例第8條")):
        ticks["platform-order"] = (served, {"image_kind": kind_of_images})
        text = squeeze(to_text(build(DocumentKind.PLATFORM_NOTICE, with_clocks(dossier(), ticks), agencies)))
        assert f"於{hours}小時內限制瀏覽或移除" in text and law in text, kind_of_images
        assert "通知時間民國114年7月9日10:05" in text  # the order's recorded service, not the print time
        assert f"限制瀏覽或移除期限{deadline}" in text
        assert "資料保留迄日（至少）民國115年1月5日" in text  # 180 days from 114/7/9
        assert ("本條例第8條" in text) is (kind_of_images == "child")  # adult images: not the child act


def test_the_dns_request_states_the_deadline_that_was_missed(agencies: Agencies) -> None:
    served = T0 + timedelta(hours=6)  # 民國114年7月8日 16:05
    ticks = {"platform-order": (served, {"image_kind": "adult"})}
    document = build(DocumentKind.DNS_RPZ, with_clocks(dossier(), ticks), agencies)
    for content in (squeeze(to_text(document)), squeeze("".join(pdf_pages(pdf_bytes(document))))):
        assert "處分送達平臺時間民國114年7月8日16:05" in content
        assert "限制瀏覽或移除期限（72小時內）民國114年7月11日16:05" in content
        assert "24小時" not in content
    unrecorded = to_text(build(DocumentKind.DNS_RPZ, with_clocks(dossier(), {}), agencies))
    assert f"處分送達平臺時間：{BLANK}" in unrecorded  # no order recorded: no deadline to state
    assert f"限制瀏覽或移除期限（24小時內）：{BLANK}" in unrecorded  # the procedure's length while no fact says adult


def test_the_dns_request_of_an_empty_case_says_there_is_nothing_to_list(agencies: Agencies) -> None:
    from dataclasses import replace

    empty = replace(with_clocks(dossier(), {}), captures=(), identifiers=())
    text = to_text(build(DocumentKind.DNS_RPZ, empty, agencies))
    assert "無可列之內容" in text
    assert "未限制瀏覽或移除" not in text  # no claim about content the case does not have


def test_social_report_is_pseudonymised_and_states_the_deadline(agencies: Agencies) -> None:
    """知悉時間 and the deadline are the checklist's Art 7 clock's: here started when the case was assessed,
    three hours after it was opened (seen: the case's creation time printed instead)."""
    known = T0 + timedelta(hours=3)  # 民國114年7月8日 13:05
    case = with_clocks(dossier(), {"assess-elements": (known, {})})
    document = build(DocumentKind.SOCIAL_REPORT, case, agencies)
    for content in (squeeze("".join(pdf_pages(pdf_bytes(document)))), squeeze(to_text(document))):
        assert "被害人1" in content and "報告人A" in content and "犯嫌1" in content
        assert "知悉時間民國114年7月8日13:05" in content
        assert "通報期限（24小時內）民國114年7月9日13:05" in content
        assert "民國114年7月8日10:05" not in content  # the case's creation time is no 知悉時間
        assert "條例第7條" in content and "臺北市政府社會局" in content


def test_social_report_leaves_the_time_known_blank_until_the_art_7_clock_starts(agencies: Agencies) -> None:
    """No invented time: with no clock started, the officer fills in 知悉時間 and the deadline by hand."""
    for case in (with_clocks(dossier(), {}), dossier()):
        text = to_text(build(DocumentKind.SOCIAL_REPORT, case, agencies))
        assert f"知悉時間：{BLANK}" in text
        assert f"：{BLANK}" in text.split("知悉時間")[1].splitlines()[1]  # the deadline's line
        assert "民國114年7月8日 10:05" not in text and "民國114年7月9日" not in text


def test_dns_rpz_request_names_domain_and_recheck(agencies: Agencies) -> None:
    pages, text = _render(DocumentKind.DNS_RPZ, agencies)
    for content in (squeeze("".join(pages)), squeeze(text)):
        assert "social.example.test" in content and "TWNIC" in content and "DNSRPZ" in content
        assert "仍在線上" in content and "c" * 64 in content  # the re-check and its screenshot hash


def test_evidence_list_has_every_hash_and_the_custody_log(agencies: Agencies) -> None:
    case = dossier(custody=60)
    document = build(DocumentKind.EVIDENCE_LIST, case, agencies)
    pages = pdf_pages(pdf_bytes(document))
    pdf = squeeze("".join(pages))
    assert len(pages) >= 2  # 60 custody entries do not fit on one page: the table continues
    for capture in case.captures:
        for artifact in capture.artifacts:
            assert f"SHA-256{artifact.sha256}" in pdf
    for entry in case.custody:
        assert entry.entry_hash in pdf
    assert pdf.count("存入證據檔案artifact.add") == 60  # the action named for the reader, then its chain id
    assert f"{case.captures[0].id}網頁https://" in pdf  # capture kinds in words ("page" was printed as stored)
    assert "不含任何密封身分" in pdf


def test_the_social_reports_request_states_the_procedure_files_lengths(agencies: Agencies) -> None:
    """The lengths an order gives the platform come from the procedure file, as the notice's do (seen: 24 hours
    and 180 days written into the request); without the procedure, lines to fill in."""
    from dataclasses import replace

    from app.checklist.procedure import Duration

    case = with_clocks(dossier(), {})
    text = squeeze(to_text(build(DocumentKind.SOCIAL_REPORT, case, agencies)))
    assert "24小時內" in text and "180日" in text
    longer = replace(case, clocks=tuple(
        replace(c, status=replace(c.status, clock=replace(c.status.clock, duration=Duration(hours=48))))
        if c.status.clock.id == "platform-removal" else c for c in case.clocks))
    assert "48小時內" in squeeze(to_text(build(DocumentKind.SOCIAL_REPORT, longer, agencies)))
    assert "24小時內" not in squeeze(to_text(build(DocumentKind.SOCIAL_REPORT, dossier(), agencies)))


@pytest.mark.parametrize(("origin", "said", "not_said"), [("patrol", "網路巡邏發現", "民眾檢舉"),
                                                       ("report", "民眾檢舉", "網路巡邏"),
                                                       ("referral", "他單位轉報", "網路巡邏"),
                                                       ("", "網路上", "網路巡邏")])
def test_the_social_report_says_how_the_case_came_in(agencies: Agencies, origin: str, said: str,
                                                      not_said: str) -> None:
    """Seen: 「通報網路巡邏發現之…」 on every report, a member of the public's included."""
    from dataclasses import replace

    text = squeeze(to_text(build(DocumentKind.SOCIAL_REPORT, replace(dossier(), origin=origin), agencies)))
    assert said in text and not_said not in text


def test_the_evidence_list_shows_a_name_that_hides_a_reversal_as_it_is(agencies: Agencies) -> None:
    """A site named a download ``invoice<U+202E>fdp.exe``: drawn as is it reads "invoiceexe.pdf", a program dressed as
    a document, on the paper that goes to court. The list prints the hidden character as ``[U+202E]``."""
    case = dossier()
    first = case.captures[0]
    renamed = replace(first, artifacts=(replace(first.artifacts[0], name="invoice\u202efdp.exe"), *first.artifacts[1:]))
    document = build(DocumentKind.EVIDENCE_LIST, replace(case, captures=(renamed, *case.captures[1:])), agencies)
    text = to_text(document)
    assert "invoice[U+202E]fdp.exe" in text and "\u202e" not in text


def test_a_retry_that_succeeded_makes_the_referrals_evidence_complete(agencies: Agencies) -> None:
    """As the checklist's gate decides: per address, the newest capture. Seen: the referral warned that a capture
    was incomplete although its retry was complete, and listed the address twice."""
    from dataclasses import replace

    case = dossier(captures=1)
    done = case.captures[0]
    failed = replace(done, id="KFAILED0001", complete=False, started_at=done.started_at - timedelta(minutes=5))
    case = replace(case, captures=(failed, *case.captures))
    text = squeeze(to_text(build(DocumentKind.REFERRAL, case, agencies, DocumentOptions())))
    assert "KFAILED0001" in text  # its files are still listed as evidence
    assert "不完整" not in text and "蒐證網址1個，已完整" in text and text.count(done.url) == 1
    again = replace(case, captures=(*case.captures, replace(failed, id="KFAILED0002", started_at=done.started_at
                                                              + timedelta(minutes=5))))
    warned = squeeze(to_text(build(DocumentKind.REFERRAL, again, agencies, DocumentOptions())))
    assert "蒐證KFAILED0002標示為不完整" in warned  # a newer capture that failed again is what counts


def test_the_evidence_list_names_other_ips_apart_from_the_posters(agencies: Agencies) -> None:
    """Seen: a commenter's IP printed as 「IP 位址」 beside the poster's 「發文者 IP 位址」; a prosecutor could not tell
    which address the site gives for the poster."""
    from dataclasses import replace

    from tests.unit.reports.sample import IdentifierRef

    case = dossier()
    case = replace(case, identifiers=(*case.identifiers, IdentifierRef("ip", "198.51.100.7", case.captures[0].id)))
    text = squeeze(to_text(build(DocumentKind.EVIDENCE_LIST, case, agencies)))
    assert "發文者IP位址" in text and "其他IP位址" in text


def test_text_no_face_of_the_document_draws_falls_back_instead_of_printing_boxes(agencies: Agencies) -> None:
    """Seen: an account named 小明 printed as 「□□」 (the identifier column is in DejaVu Sans Mono, which has
    no Chinese). Emoji and symbols fall back to Symbola; one newer than it prints as its code point."""
    from dataclasses import replace

    from app.reports.base import markup, mono
    from app.reports.fonts import MONO_FONT, SYMBOL_FONT, TEXT_FONT
    from tests.unit.reports.sample import IdentifierRef

    case = dossier()
    names = (IdentifierRef("account", "小明_0712♥", case.captures[0].id),
             IdentifierRef("account", "阿強💕\ufe0f🥰", case.captures[0].id))
    pdf = squeeze("".join(pdf_pages(pdf_bytes(build(DocumentKind.EVIDENCE_LIST, replace(case, identifiers=names),
                                                       agencies)))))
    assert "小明_0712♥" in pdf and "阿強💕[U+1F970]" in pdf and "\x00" not in pdf
    assert mono("小明_01") == f'<font name="{TEXT_FONT}">小明</font><font name="{MONO_FONT}">_01</font>'
    assert markup("好 ♥ 😊") == f'好 <font name="{MONO_FONT}">♥</font> <font name="{SYMBOL_FONT}">😊</font>'
    assert markup("一般文字 & <b>") == "一般文字 &amp; &lt;b&gt;"  # the usual case: escaped, nothing else
    # an ideographic space is a character the mono face lacks like any other; a line break is kept
    assert mono("A\u3000B\nC") == (f'<font name="{MONO_FONT}">A</font><font name="{TEXT_FONT}">\u3000</font>'
                                    f'<font name="{MONO_FONT}">B<br/>C</font>')


def test_a_long_table_starts_under_its_heading_not_on_the_next_page(agencies: Agencies) -> None:
    """A case with many captures: the list starts on page 1, right under the summary (it used to start
    on page 2, leaving page 1 nearly blank), and a heading never ends a page without its table."""
    case = dossier(captures=60, custody=60)
    pages = [squeeze(page) for page in pdf_pages(pdf_bytes(build(DocumentKind.EVIDENCE_LIST, case, agencies)))]
    assert "一、蒐證紀錄" in pages[0] and case.captures[0].id in pages[0]
    for heading in ("一、蒐證紀錄", "二、"):
        page = next(page for page in pages if heading in page)
        assert page.index(heading) < len(page) - 400  # rows of its table follow on the same page


def test_transfer_note_addresses_the_family_officer(agencies: Agencies) -> None:
    pages, text = _render(DocumentKind.TRANSFER_NOTE, agencies, transfer_to="臺灣臺北地方檢察署")
    for content in (squeeze("".join(pages)), squeeze(text)):
        assert "分局防治組家防官" in content and "臺灣臺北地方檢察署" in content
        assert "report_social_authority" in content  # a step the procedure does not name: as recorded
        assert "3/5" in content  # captures / artifacts


def test_the_transfer_note_names_steps_by_their_titles(agencies: Agencies) -> None:
    """Seen: the family officer was to read 'identify-victim  done', 'capture-content  auto'."""
    from dataclasses import replace

    from app.checklist.loader import ProcedureLibrary
    from tests.unit.reports.conftest import ROOT
    from tests.unit.reports.sample import StepEntry

    procedure = ProcedureLibrary(ROOT / "resources" / "procedures").current()
    at = T0 + timedelta(hours=1)
    steps = (StepEntry("report-social-authority", "done", at, "警員測試甲"),
             StepEntry("capture-content", "auto", at, "警員測試甲"), StepEntry("capture-content", "undo", at, "警員測試甲"))
    case = replace(dossier(), steps=steps, step_labels={step.id: step.label for step in procedure.steps})
    document = build(DocumentKind.TRANSFER_NOTE, case, agencies, DocumentOptions(transfer_to="臺灣臺北地方檢察署"))
    for content in (squeeze("".join(pdf_pages(pdf_bytes(document)))), squeeze(to_text(document))):
        assert "通報社政主管機關（社會局／家防中心），至遲24小時內" in content
        assert "以全頁截圖保存內容及完整網址（限時動態、一次性訊息立即截圖）" in content
        assert "自動完成" in content and "撤銷" in content and "auto" not in content and "undo" not in content
        assert "report-social-authority" not in content and "capture-content" not in content


def test_the_custody_log_names_a_step_and_a_document_by_title_then_id(agencies: Agencies) -> None:
    from dataclasses import replace

    from app.checklist.loader import ProcedureLibrary
    from tests.unit.reports.conftest import ROOT
    from tests.unit.reports.sample import CustodyEntry

    procedure = ProcedureLibrary(ROOT / "resources" / "procedures").current()
    tick = CustodyEntry(99, T0, "警員測試甲", "WS-01", "step.done", "identify-victim", "c" * 64)
    issued = CustodyEntry(100, T0, "警員測試甲", "WS-01", "document.generated", "takedown-referral", "d" * 64)
    case = replace(dossier(), custody=(tick, issued), step_labels=procedure.step_labels())
    pdf = squeeze("".join(pdf_pages(pdf_bytes(build(DocumentKind.EVIDENCE_LIST, case, agencies)))))
    assert "標記步驟完成step.done清查被害人身分identify-victim" in pdf
    assert "document.generated網路內容申訴下架陳報單（陳報婦幼警察隊）takedown-referral" in pdf
    text = to_text(build(DocumentKind.EVIDENCE_LIST, case, agencies))  # each entry on its line, ids in brackets
    assert "動作：標記步驟完成（step.done）｜對象：清查被害人身分（identify-victim）\n" in text
    assert "動作：產製文件（document.generated）｜對象：網路內容申訴下架陳報單（陳報婦幼警察隊）（takedown-referral）\n" in text


def test_a_title_that_fills_its_line_is_not_followed_by_an_empty_one() -> None:
    """Seen in an evidence list: 「…下架（檢附事由、完整網址、事證）」, an empty line, then takedown-referral."""
    from reportlab.platypus import Table

    from app.reports.base import CONTENT_WIDTH, styles
    from app.reports.document import Document, Grid, story

    title = "陳報婦幼警察隊轉報 iWIN 等單位下架（檢附事由、完整網址、事證）"  # two lines, the second full, at 0.3
    grid = Grid(("Subject",), ((f"{title}\ntakedown-referral",),), (0.3,), labelled_columns=frozenset({0}))
    document = Document("test", "Test", "", HEAD, T0, "zh_TW", (grid,))
    [table] = [part for flowable in story(document) for part in getattr(flowable, "_content", [flowable])
               if isinstance(part, Table)]  # a short grid is kept together
    cell = table._cellvalues[1][0]
    paragraphs = cell if isinstance(cell, list) else [cell]
    height = sum(p.wrap(0.3 * CONTENT_WIDTH - 12, 1000)[1] for p in paragraphs)
    assert height == 3 * styles()["cell"].leading  # the title's two lines and the id's


def test_a_field_of_several_lines_prints_each_once_and_keeps_an_empty_one() -> None:
    """A field's value broke a line at the width, then broke again at its own line break: an empty line."""
    from reportlab.platypus import Paragraph

    from app.reports.base import CONTENT_WIDTH, markup, styles
    from app.reports.document import Fields, fields_table

    first = ("帳號名稱: fake_user_01 " * 20)[:62]  # ends at the value column's width, with a space
    table = fields_table(Fields((("張貼者帳號", f"{first}\n帳號ID: fake_01\n\n備註"),)))
    width, cell = 0.73 * CONTENT_WIDTH - 12, table._cellvalues[0][1]
    height = sum(p.wrap(width, 1000)[1] for p in (cell if isinstance(cell, list) else [cell]))
    alone = Paragraph(markup(first), styles()["cell"]).wrap(width, 1000)[1]
    assert height == alone + 3 * styles()["cell"].leading  # the first line's, then the ID, the empty line, 備註


def test_a_reason_of_several_lines_prints_each_once(agencies: Agencies) -> None:
    """The reason an officer typed, a line of which ended at the page's width with a space."""
    from reportlab.platypus import Paragraph

    from app.reports.base import CONTENT_WIDTH, markup, styles
    from app.reports.document import Document, Para, story

    first = ("hello world 你好 " * 20)[:246]
    document = Document("test", "Test", "", HEAD, T0, "en", (Para(f"{first}\n第二行"),))
    laid_out = [f for f in story(document) if isinstance(f, Paragraph)][2:]  # after the title and reference
    height = sum(p.wrap(CONTENT_WIDTH, 1000)[1] for p in laid_out)
    alone = Paragraph(markup(first), styles()["body"]).wrap(CONTENT_WIDTH, 1000)[1]
    assert height == alone + styles()["body"].leading


@pytest.mark.parametrize("short", ["fields", "grid"])
def test_a_heading_is_never_left_at_the_foot_of_a_page_without_its_block(short: str) -> None:
    """Seen: 「五、承辦單位」 alone at the foot of the transfer note's first page, its fields on the next. A
    short block is kept on one page, and reportlab's keepWithNext does not hold a heading to such a block."""
    from app.reports.document import Document, Fields, Grid, Heading, Para

    block = (Fields(tuple((f"欄位{i}", "值") for i in range(5))) if short == "fields" else
             Grid(("欄位", "值"), tuple((f"欄位{i}", "值") for i in range(3)), (0.3, 0.7)))
    for filler in range(20, 46):  # the heading lands at every height near the foot of the first page
        blocks = (*(Para(f"第{n}段。") for n in range(filler)), Heading("五、承辦單位"), block)
        pages = pdf_pages(pdf_bytes(Document("test", "Test", "", HEAD, T0, "zh_TW", blocks)))
        where = {page for page, text in enumerate(pages) if "五、承辦單位" in text}
        assert where == {page for page, text in enumerate(pages) if "欄位0" in text}, filler


def test_blank_agency_fields_print_a_fill_in_line(agencies: Agencies) -> None:
    text = to_text(build(DocumentKind.PLATFORM_NOTICE, dossier(), agencies))
    assert "＿＿＿＿" in text  # the social authority's phone is for the administrator to fill in


def test_a_short_block_of_fields_is_never_split_over_two_pages_nor_followed_by_a_blank_one() -> None:
    """The statistics sheet printed 製表人 at the foot of page 1 and 單位主管 alone on page 2; when the two
    just fitted, the spacing after them made a page 2 of nothing but its header and footer. Checked at
    every line the text above can end on around the page's foot."""
    from datetime import UTC, datetime

    from app.reports.document import Document, Fields, Para, pdf_bytes
    from tests.unit.reports.conftest import pdf_pages

    line = "IMG 1 虛構的說明文字，僅為將下方欄位推至頁尾。"
    for lines in range(28, 40):
        document = Document("test", "版面測試（虛構）", "", "1:abc", datetime(2025, 7, 8, tzinfo=UTC), "zh_TW", (
            *(Para(f"{number}. {line}") for number in range(lines)),
            Fields((("Compiled by", "警員測試甲"), ("Head of unit", ""))),
        ))
        pages = pdf_pages(pdf_bytes(document))
        assert any("Compiled by" in page and "Head of unit" in page for page in pages), lines
        assert "Head of unit" in pages[-1], lines  # the last page holds something


def test_the_evidence_list_says_how_the_clock_stood_against_the_sites_server(agencies: Agencies) -> None:
    """Beside each capture's time (this workstation's clock), what the site's server's Date said of that clock."""
    from dataclasses import replace

    from app.core.servertime import ServerTime

    case = dossier(with_recheck=False)
    agreeing = ServerTime("Tue, 08 Jul 2025 02:01:00 GMT", "", case.captures[0].started_at)
    behind = ServerTime("Tue, 08 Jul 2025 04:32:00 GMT", "", case.captures[1].started_at)  # captured 02:07 UTC
    case = replace(case, captures=(replace(case.captures[0], metadata={"server_time": agreeing.as_dict()}),
                                   replace(case.captures[1], metadata={"server_time": behind.as_dict()})))
    pdf = squeeze("".join(pdf_pages(pdf_bytes(build(DocumentKind.EVIDENCE_LIST, case, agencies)))))
    assert "與網站伺服器時間相符" in pdf and "比網站伺服器慢2小時25分" in pdf


def test_the_dns_request_says_how_the_clock_stood_when_the_content_was_rechecked(agencies: Agencies) -> None:
    """A re-check is the evidence that the content is still online: its time is corroborated the same way."""
    from dataclasses import replace

    from app.core.servertime import ServerTime

    case = dossier()
    recheck = case.captures[-1]
    served = ServerTime("Wed, 09 Jul 2025 02:05:00 GMT", "", recheck.started_at)
    case = replace(case, captures=(*case.captures[:-1], replace(recheck, metadata={
        **recheck.metadata, "server_time": served.as_dict()})))
    pdf = squeeze("".join(pdf_pages(pdf_bytes(build(DocumentKind.DNS_RPZ, case, agencies)))))
    assert "與網站伺服器時間相符" in pdf


def test_an_id_breaks_only_at_its_own_hyphens_and_chinese_still_wraps() -> None:
    """Seen in the zh-TW audit log's narrow subject column: 「report-social-autho / rity」 and
    「document.generate / d」. An id is set as words in either language; Chinese breaks anywhere."""
    from datetime import date

    from app.reports.audit_log import audit_log_document
    from app.reports.model import ChainCheck, CustodyEntry

    entries = [CustodyEntry(n, T0, "警員測試甲", "WS-01", action, subject, f"{n:064x}", "NP-114-0007")
               for n, (action, subject) in enumerate([("step.auto", "report-social-authority"),
                                                      ("document.generated", "family-officer-notice")], start=1)]
    document = audit_log_document(entries, first=date(2025, 7, 8), last=date(2025, 7, 8), group=None, unit="測試分局",
                                  chain_head=HEAD, chain=ChainCheck(2), generated_at=T0, language="zh_TW")
    lines = [line.strip() for line in "\n".join(pdf_pages(pdf_bytes(document))).splitlines()]
    words = " ".join(lines).split()
    assert "document.generated" in words and "step.auto" in words
    assert any(line.endswith("report-social-") for line in lines) and "authority" in words
    assert not any(line.endswith(("autho", "generate", "noti")) for line in lines)
    assert "警員測試" in lines and "甲" in lines  # Chinese in a narrow column still wraps between characters


@pytest.mark.parametrize("ending", ["sign-off", "closing", "compiled-by"])
def test_a_documents_ending_never_stands_alone_on_a_page(ending: str) -> None:
    """Seen: page 2 of the English platform notice holding nothing but "Prepared by" and its fields, and
    the last page of an evidence list holding only its closing statement. Whatever height the content
    above ends at, the ending shares its page with the last rows of the table above it."""
    from app.reports.document import Document, Fields, Grid, Heading, Para

    endings = {"sign-off": (Heading("五、承辦單位"), Fields(tuple((f"欄位{i}", "值") for i in range(5)))),
               "closing": (Para("本清單不含任何密封身分資料（結語）。"),),
               "compiled-by": (Fields((("製表人", "警員測試甲"), ("單位主管", ""))),)}
    for rows in range(30, 62, 2):  # the table ends at every height around the foot of page 1 and page 2
        grid = Grid(("序號", "內容"), tuple((f"R{n:03d}", "值") for n in range(rows)), (0.3, 0.7))
        blocks = (Para("說明。"), Heading("四、紀錄"), grid, *endings[ending])
        pages = pdf_pages(pdf_bytes(Document("test", "Test", "", HEAD, T0, "zh_TW", blocks)))
        last_row = f"R{rows - 1:03d}"
        mark = {"sign-off": "五、承辦單位", "closing": "結語", "compiled-by": "單位主管"}[ending]
        where = [page for page in pages if mark in page]
        assert len(where) == 1 and last_row in where[0] and f"R{rows - 2:03d}" in where[0], (ending, rows)
        assert sum(row in "".join(pages) for row in (f"R{n:03d}" for n in range(rows))) == rows  # none lost


@pytest.mark.parametrize("number", ["NP-114-0007", "北市警婦字第11530012345號",
                                    "北市婦幼-115-偵字第000123456號-網路巡查-附件甲-補充資料第二卷"])
def test_a_long_case_number_never_runs_into_the_title_in_the_page_header(number: str) -> None:
    """Seen: a 30-character custom case number printed over the centred title. Each header text's box
    (from where pypdf finds it drawn, and its width in the header face) is clear of the others."""
    from io import BytesIO

    from pypdf import PdfReader
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.reports.document import Document, Para
    from app.reports.fonts import TEXT_FONT

    title = "兒少性剝削案件通報單（條例第7條，通報社政主管機關）"
    pdf = pdf_bytes(Document("test", title, number, HEAD, T0, "zh_TW", (Para("內容。"),)))
    drawn: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip() and tm[5] * cm[3] + cm[5] > 800:  # the header line, near the top of the page
            drawn.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip()))

    PdfReader(BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    case = next(d for d in drawn if number in d[2])
    heading = next(d for d in drawn if d[2].startswith("兒少性剝削"))
    same_line = abs(case[1] - heading[1]) < 1
    assert not same_line or case[0] + stringWidth(case[2], TEXT_FONT, 8.5) < heading[0], drawn


def test_the_platform_notice_names_the_site_with_its_port_and_the_scheme_it_was_captured_on(
        agencies: Agencies) -> None:
    """Seen: 「網站網址 http://127.0.0.1/」 for a page captured at http://127.0.0.1:8765/post.html."""
    from dataclasses import replace

    case = dossier(captures=1)
    page = replace(case.captures[0], url="http://forum.example.test:8765/post.html",
                   final_url="https://forum.example.test:8443/post.html")
    assert page.site_url == "https://forum.example.test:8443/"
    assert replace(page, final_url="").site_url == "http://forum.example.test:8765/"
    text = to_text(build(DocumentKind.PLATFORM_NOTICE, replace(case, captures=(page, *case.captures[1:])), agencies))
    assert "https://forum.example.test:8443/" in text


@pytest.mark.parametrize("ending", ["sign-off", "closing", "compiled-by"])
def test_every_page_of_a_long_table_shows_its_header_row(ending: str) -> None:
    """Seen: when a long table's last rows went to a new page with the sign-off kept under them, that page's
    rows stood under no header (the rows kept with the ending were printed as a table of their own, headerless).
    Whatever height the table ends at, each page holding its rows shows the header row above them."""
    import re

    from app.reports.document import Document, Fields, Grid, Heading, Para

    endings = {"sign-off": (Heading("五、承辦單位"), Fields(tuple((f"欄位{i}", "值") for i in range(5)))),
               "closing": (Para("本清單不含任何密封身分資料（結語）。"),),
               "compiled-by": (Fields((("製表人", "警員測試甲"), ("單位主管", ""))),)}
    for rows in range(30, 62):  # the table ends at every height around the foot of page 1 and page 2
        grid = Grid(("列序欄", "內容欄"), tuple((f"R{n:03d}", "值") for n in range(rows)), (0.3, 0.7))
        blocks = (Para("說明。"), Heading("四、紀錄"), grid, *endings[ending])
        pages = pdf_pages(pdf_bytes(Document("test", "Test", "", HEAD, T0, "zh_TW", blocks)))
        for number, page in enumerate(pages, start=1):
            if re.search(r"R\d{3}", page):
                assert "列序欄" in page and "內容欄" in page, (ending, rows, number)
                assert page.index("列序欄") < re.search(r"R\d{3}", page).start(), (ending, rows, number)


@pytest.mark.parametrize(("ticks", "adult"), [
    ({"identify-victim": {"victim_age": "adult", "images_spread": "yes"}}, True),
    ({"platform-order": {"image_kind": "adult"}}, True),
    ({"identify-victim": {"victim_age": "minor", "images_spread": "yes"}, "platform-order": {"image_kind": "adult"}},
     True),  # the order's recorded kind decides over the victim's age
    ({"identify-victim": {"victim_age": "adult", "images_spread": "yes"}, "platform-order": {"image_kind": "child"}},
     False),  # images made when the victim was a child: the child act's order
    ({"identify-victim": {"victim_age": "minor", "images_spread": "yes"}}, False),
    ({}, False),  # nothing recorded: the procedure's default rule, the child act's
])
@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_the_platform_notice_title_cites_the_law_of_the_images_it_is_about(
        agencies: Agencies, ticks: dict[str, dict[str, object]], adult: bool, language: str) -> None:
    """Seen: the notice for an adult's images titled 「（施行細則第5條）」, the child act's order; an adult's
    images are ordered under the sexual-assault act, whose rule (72 hours) the text under the title states."""
    at = T0 + timedelta(hours=1)
    case = with_clocks(dossier(), {step: (at + timedelta(minutes=n), data) for n, (step, data) in enumerate(ticks.items())})
    document = build(DocumentKind.PLATFORM_NOTICE, case, agencies, DocumentOptions(language=language))
    pages, text = pdf_pages(pdf_bytes(document)), to_text(document)
    child_title, adult_title = (("通知網路平臺應載事項（施行細則第5條）", "通知網路平臺應載事項（性侵害犯罪防治法第13條）")
                                if language == "zh_TW" else
                                ("Platform notice fields (Enforcement Rules §5)",
                                 "Platform notice fields (Sexual Assault Crime Prevention Act Art. 13)"))
    title = adult_title if adult else child_title
    assert document.title == title and title in document.subject
    assert text.startswith(title + "\n")
    for page in pages:  # the header of every page
        assert squeeze(title)[:12] in squeeze(page)
    flat = squeeze(text)
    hours = "72" if adult else "24"
    assert (f"於{hours}小時內" if language == "zh_TW" else f"within{hours}hours") in flat
    adult_law, child_law = (("性侵害犯罪防治法第13條", "施行細則第5條") if language == "zh_TW" else
                            ("SexualAssaultCrimePreventionAct", "EnforcementRules"))
    assert (adult_law in flat) is adult
    assert (child_law in flat) is not adult


def _rechecked(*classifications: str) -> CaseDossier:
    """The sample case with one re-check of its first address a day for each classification given."""
    from dataclasses import replace

    case = dossier(with_recheck=False)
    first = case.captures[0]
    rechecks = tuple(replace(first, id=f"KR0000000{n}", kind="recheck", started_at=T0 + timedelta(days=n),
                             ended_at=T0 + timedelta(days=n, seconds=5),
                             artifacts=(replace(first.artifacts[0], id=f"AR0000000{n}", sha256=f"{n}" * 64),),
                             metadata={"classification": classification, "status": 200})
                     for n, classification in enumerate(classifications, start=1))
    return replace(case, captures=(*case.captures, *rechecks))


def test_the_dns_request_counts_a_restricted_recheck_as_removed_as_the_checklist_does(agencies: Agencies) -> None:
    """Seen: a re-check that found access restricted listed under 「複查紀錄（內容仍在線上）」 and its screenshot
    offered as evidence of the content still online, while that re-check had ticked the checklist's step
    "the content is gone" (restricting access complies with the order, Art. 8)."""
    case = _rechecked("online", "restricted")
    document = build(DocumentKind.DNS_RPZ, case, agencies)
    for content in (squeeze("".join(pdf_pages(pdf_bytes(document)))), squeeze(to_text(document))):
        listed = content.split("三、複查紀錄（內容仍在線上）")[1].split("五、")[0]  # sections 3 and 4
        assert "1" * 64 in listed and "2" * 64 not in listed  # the online re-check's screenshot, not the restricted's
        assert "仍在線上" in listed and "限制瀏覽" not in listed
    only_restricted = build(DocumentKind.DNS_RPZ, _rechecked("restricted"), agencies)
    for content in (squeeze("".join(pdf_pages(pdf_bytes(only_restricted)))), squeeze(to_text(only_restricted))):
        assert "三、複查紀錄（內容仍在線上）" not in content and "三、複查紀錄（均未見內容仍在線上）" in content
        assert "已限制瀏覽（視同移除）" in content and "結果仍在線上" not in content


@pytest.mark.parametrize("classification", ["removed", "restricted", "online", "unknown"])
def test_the_dns_request_and_the_checklist_read_a_recheck_by_one_rule(agencies: Agencies, classification: str) -> None:
    """A re-check is listed as showing the content still online exactly when it reports the checklist's
    "still present" event, and its result is printed distinctly for each classification."""
    from app.capture.recheck import checklist_event
    from app.capture.takedown import Classification
    from app.reports.notices import recheck_label

    class _Result:  # what checklist_event reads of a re-check's result
        def __init__(self, value: str) -> None:
            self.classification = Classification(value)

    text = squeeze(to_text(build(DocumentKind.DNS_RPZ, _rechecked(classification), agencies)))
    assert ("三、複查紀錄（內容仍在線上）" in text) is (checklist_event(_Result(classification)) == "recheck.present")
    assert squeeze(recheck_label(classification)) in text
    labels = [recheck_label(c) for c in ("removed", "restricted", "online", "unknown")]
    assert len(set(labels)) == 4


@pytest.mark.parametrize(("images", "law", "not_law"), [
    ("child", "guideline 伍.二; Child and Youth Sexual Exploitation Prevention Act Article 8; Enforcement Rules of the "
              "Child and Youth Sexual Exploitation Prevention Act Article 5", "Sexual Assault"),
    ("adult", "Sexual Assault Crime Prevention Act Article 13", "Child and Youth Sexual Exploitation Prevention Act "
                                                                 "Article 8"),
])
def test_the_english_platform_notice_cites_the_law_in_english(agencies: Agencies, images: str, law: str,
                                                              not_law: str) -> None:
    """Seen: 「legal basis: 伍.二；本條例第8條；施行細則第5條」 in the English notice, the procedure file's Chinese
    as it is; the file now gives each clock's basis in English too. The zh-TW notice is unchanged."""
    case = with_clocks(dossier(), {"platform-order": (T0 + timedelta(hours=1), {"image_kind": images})})
    english = to_text(build(DocumentKind.PLATFORM_NOTICE, case, agencies, DocumentOptions(language="en")))
    pdf = " ".join(" ".join(pdf_pages(pdf_bytes(build(DocumentKind.PLATFORM_NOTICE, case, agencies,
                                                         DocumentOptions(language="en"))))).split())
    for content in (" ".join(english.split()), pdf):
        assert f"(legal basis: {law})." in content
        assert not_law not in content and "本條例" not in content and "施行細則" not in content
        assert "性侵害" not in content and "；" not in content
    chinese = squeeze(to_text(build(DocumentKind.PLATFORM_NOTICE, case, agencies)))
    assert ("（依據伍.二；本條例第8條；施行細則第5條）" if images == "child" else "（依據性侵害犯罪防治法第13條）") in chinese


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_an_address_longer_than_a_page_is_printed_whole_over_pages(kind: DocumentKind, agencies: Agencies) -> None:
    """A capture's address of 6,000 characters (a tracking link) makes a table row taller than a page: reportlab
    stopped with a LayoutError and the referral, the report, the DNS request and the evidence list could not be
    printed at all."""
    from dataclasses import replace

    url = "https://social.example.test/p/1?" + "&".join(f"k{i:04d}=v{i:04d}" for i in range(500))
    case = dossier()
    case = replace(case, captures=(replace(case.captures[0], url=url, final_url=url), *case.captures[1:]))
    pages = pdf_pages(pdf_bytes(build(kind, case, agencies, DocumentOptions(notice_at=T0))))
    body = squeeze("".join(page[:page.rindex("案號 NP-114-0007")] for page in pages))  # without the frames
    if kind in (DocumentKind.PLATFORM_NOTICE, DocumentKind.TRANSFER_NOTE):
        return  # these name the site and the captures, not their addresses
    # whole, once the text the PDF gives between its lines is taken out: the row's other cells (a capture time)
    # beside its first line, and the table's header repeated on each page it runs over
    kept = re.compile("[^kv0-9=&]")
    assert kept.sub("", url) in kept.sub("", re.sub(r"民國\d+年\d+月\d+日(\d\d:\d\d)?", "", body))


@pytest.mark.parametrize("language, says", [("zh_TW", "本案尚無任何內容之蒐證紀錄，通知無可列之項目。"),
                                            ("en", "This case has no capture of any content: the notice has no item "
                                                   "to list.")])
def test_a_platform_notice_with_no_capture_says_it_has_no_item(agencies: Agencies, language: str, says: str) -> None:
    """Seen: the notice of an empty case went from its opening line straight to the deadlines, as if its
    items had been left off the page."""
    from dataclasses import replace

    case = replace(dossier(with_recheck=False), captures=(), identifiers=())
    document = build(DocumentKind.PLATFORM_NOTICE, case, agencies, DocumentOptions(language=language))
    assert squeeze(says) in squeeze(to_text(document))
    assert squeeze(says) in squeeze("".join(pdf_pages(pdf_bytes(document))))
    with_captures = build(DocumentKind.PLATFORM_NOTICE, dossier(), agencies, DocumentOptions(language=language))
    assert squeeze(says) not in squeeze(to_text(with_captures))


def test_the_evidence_list_ties_each_case_file_and_its_signing_key_to_paper(agencies: Agencies) -> None:
    """An examiner without NetPatrol holds the case file against paper: the file's and its manifest's SHA-256
    (sha256sum) and the signing key's fingerprint (audit 25: the custody log said only "Case file exported")."""
    sent = CaseFileSent(61, T0 + timedelta(days=1), "警員測試甲", "NP-114-0007.npcase", "ab" * 32, "cd" * 32)
    case = replace(dossier(), case_files=(sent,), signing_fingerprint="5415 54A0 BD97 54C5 D208 9EC1 5EB1 1DC2")
    pdf = squeeze("".join(pdf_pages(pdf_bytes(build(DocumentKind.EVIDENCE_LIST, case, agencies)))))
    assert "5415 54A0 BD97 54C5 D208 9EC1 5EB1 1DC2".replace(" ", "") in pdf
    assert "NP-114-0007.npcase（稽核紀錄第61筆" in pdf
    assert f"案件檔案SHA-256{'ab' * 32}" in pdf and f"清單SHA-256{'cd' * 32}" in pdf
    assert "不需NetPatrol" in pdf


def test_the_evidence_list_of_a_case_never_sent_has_no_case_files_section(agencies: Agencies) -> None:
    text = to_text(build(DocumentKind.EVIDENCE_LIST, dossier(), agencies))
    assert "五、案件檔案" not in text and "指紋" not in text
