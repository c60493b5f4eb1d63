"""composer.ingest.readers on real files written to tmp_path: encodings, formats, damage, limits."""

from __future__ import annotations

import codecs
import os
import random
import re
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from composer.common import libreoffice
from composer.common.messages import BriefingError
from composer.ingest import doc_reader, readers
from composer.ingest.readers import Document, decode_text, expand_paths, read_pasted, read_path
from tests.makefiles import (
    paragraphs,
    pdf_unrenderable,
    register_pdf_font,
    write_doc,
    write_docx,
    write_pdf,
    write_txt,
)

HAN = re.compile("[\u4e00-\u9fff]")
FLIPS = st.lists(st.tuples(st.integers(0, 10**9), st.integers(0, 255)), min_size=1, max_size=8)
FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


pytestmark = pytest.mark.usefixtures("chinese_messages")


def expect_error(code: str, path: Path | str) -> BriefingError:
    with pytest.raises(BriefingError) as info:
        read_path(path)
    assert info.value.code == code, str(info.value)
    assert HAN.search(str(info.value)), "messages are Chinese by default"
    return info.value


def seed_text(seed: Path) -> str:
    return seed.read_bytes().decode("utf-8")


def blocks(doc: Document) -> list[str]:
    return doc.text.split("\n\n")


def squeeze(text: str, drop: set[str] = frozenset()) -> str:
    """A block with its soft breaks joined and all whitespace (and ``drop``) removed."""
    return "".join(ch for ch in text if not ch.isspace() and ch not in drop)


# -- .txt encodings ----------------------------------------------------------------------

ENCODINGS = [
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8-sig"),
    ("gb18030", "gb18030"),
    ("utf-16", "utf-16"),  # with BOM
    ("utf-16-le", "utf-16-le"),  # no BOM
    ("utf-16-be", "utf-16-be"),  # no BOM
]


@pytest.mark.parametrize("codec, reported", ENCODINGS)
def test_every_encoding_of_every_seed_decodes_exactly(seeds, tmp_path, codec, reported):
    for seed in seeds:
        text = seed_text(seed)
        doc = read_path(write_txt(text, tmp_path / f"{seed.stem}.txt", codec))
        assert (doc.encoding, doc.format) == (reported, "txt"), seed.name
        assert doc.text == text, seed.name
        assert doc.warnings == ()


def test_big_endian_bom_and_gbk_and_old_newlines(seeds, tmp_path):
    for seed in seeds:
        text = seed_text(seed)
        be = tmp_path / "be.txt"
        be.write_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be"))
        assert (read_path(be).text, read_path(be).encoding) == (text, "utf-16")
        gbk = read_path(write_txt(text, tmp_path / "gbk.txt", "gbk"))
        assert (gbk.text, gbk.encoding) == (text, "gb18030")
        for newline in ("\r\n", "\r"):
            doc = read_path(write_txt(text, tmp_path / "crlf.txt", "gb18030", newline=newline))
            assert doc.text == text


@given(
    text=st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t")),
    codec=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_decode_text_is_exact_for_self_describing_encodings(text, codec):
    if text.startswith("\ufeff") or not text.strip():
        return
    assert decode_text(text.encode(codec)) == (text, codec)


CHINESE = st.sampled_from("丰台区召开月度工作点评会全力做好纪念活动服务保障，。、“”（）：；《》0123456789 abcXYZ")


@given(body=st.text(CHINESE, max_size=60), codec=st.sampled_from(["utf-16-le", "utf-16-be"]))
def test_utf16_without_bom_finds_its_byte_order(body, codec):
    text = body + "\n"  # real files have line ends; ASCII-only bytes could be anything
    assert decode_text(text.encode(codec)) == (text, codec)


def test_gb18030_four_byte_characters(tmp_path):
    text = "欧元符号€与扩展字𠀀、䶮（鑫）并存。\n第二行：数字１２３。\n"
    doc = read_path(write_txt(text, tmp_path / "rare.txt", "gb18030"))
    assert (doc.text, doc.encoding) == (text, "gb18030")


def test_truncated_utf8_is_kept_with_a_warning(seeds, tmp_path):
    text = seed_text(seeds[0])
    cut = tmp_path / "cut.txt"
    cut.write_bytes(text.encode("utf-8") + "丰".encode()[:2])
    doc = read_path(cut)
    assert (doc.encoding, doc.text) == ("utf-8", text + "\ufffd")
    assert len(doc.warnings) == 1 and HAN.search(str(doc.warnings[0]))


@pytest.mark.parametrize(
    "text, codec",
    [
        ("The committee’s report — out on Monday — says “growth” will reach 5 per cent.\n", "cp1252"),
        ("Die Straße über den Fluß ist für Fußgänger gesperrt. Größere Änderungen folgen.\n", "cp1252"),
        ("臺灣的繁體中文報紙，國際新聞與經濟報導。\n", "big5"),
    ],
)
def test_other_encodings_fall_back_to_charset_normalizer(tmp_path, text, codec):
    doc = read_path(write_txt(text * 5, tmp_path / "other.txt", codec))
    assert doc.text == text * 5
    assert doc.encoding not in {name for _, name in ENCODINGS}


def test_control_characters_are_removed_and_counted(seeds, tmp_path):
    text = seed_text(seeds[0])
    middle = len(text) // 2
    dirty = text[:10] + "\x01" + text[10:middle] + "\x0b" + text[middle:]
    doc = read_path(write_txt(dirty, tmp_path / "ctl.txt", "utf-8"))
    assert doc.text == text
    assert len(doc.warnings) == 1 and "2" in str(doc.warnings[0]) and HAN.search(str(doc.warnings[0]))


def test_form_feed_becomes_a_blank_line(tmp_path):
    doc = read_path(write_txt("第一页末行\x0c第二页首行\n\x0c\n第三页", tmp_path / "ff.txt", "utf-8"))
    assert blocks(doc) == ["第一页末行", "第二页首行", "第三页"]
    assert doc.warnings == ()


# -- .txt and general errors -------------------------------------------------------------


def test_empty_and_whitespace_only_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    expect_error("file_empty", tmp_path / "empty.txt")
    write_txt(" \n\t\n\u3000\r\n  ", tmp_path / "blank.txt", "utf-8")
    expect_error("file_empty", tmp_path / "blank.txt")
    write_txt("", tmp_path / "bom_only.txt", "utf-16")
    expect_error("file_empty", tmp_path / "bom_only.txt")


def test_binary_data_in_a_txt(tmp_path):
    noise = random.Random(7).randbytes(64 * 1024)
    (tmp_path / "noise.txt").write_bytes(noise)
    expect_error("file_binary", tmp_path / "noise.txt")
    (tmp_path / "nul.txt").write_bytes("正文\x00\x00后面还有字".encode())
    expect_error("file_binary", tmp_path / "nul.txt")
    rng = random.Random(8)
    controls = bytes(rng.choice(b"\x01\x02\x03\x1b\x1fABC") for _ in range(4096))
    (tmp_path / "ctl.txt").write_bytes(controls)
    expect_error("file_binary", tmp_path / "ctl.txt")


def test_undecodable_text(tmp_path):
    rng = random.Random(3)
    high = bytes(rng.randrange(0x80, 0x100) for _ in range(1000))
    (tmp_path / "high.txt").write_bytes(high)  # no NULs, no controls, no known encoding
    expect_error("encoding_unknown", tmp_path / "high.txt")


def test_fifty_megabytes_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    chunk = ("丰台区召开月度工作点评会。" * 40 + "\n").encode("utf-8") * 2000
    with big.open("wb") as fh:
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
    with pytest.MonkeyPatch.context() as patch:  # refused from its size: never read
        patch.setattr(readers, "_read_bytes", lambda path: pytest.fail(f"{path} was read"))
        error = expect_error("file_too_large", big)
    assert error.params["limit_mb"] == "20" and float(error.params["size_mb"]) >= 50


def test_size_limit_comes_from_the_environment_at_call_time(tmp_path, monkeypatch):
    path = write_txt("正文。\n" * 200_000, tmp_path / "two_mb.txt", "utf-8")  # 2 MB
    assert read_path(path).encoding == "utf-8"
    for nonsense in ("abc", "inf", "-5"):  # ignored: the default 20 MB stays
        monkeypatch.setenv("BRIEFING_MAX_FILE_MB", nonsense)
        assert read_path(path).encoding == "utf-8"
    monkeypatch.setenv("BRIEFING_MAX_FILE_MB", "1")
    assert expect_error("file_too_large", path).params["limit_mb"] == "1"


def test_missing_folder_and_unsupported_paths(tmp_path):
    missing = tmp_path / "不存在.txt"
    assert str(missing) in str(expect_error("file_missing", missing))
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    expect_error("file_unreadable", folder)
    (tmp_path / "slides.pptx").write_bytes(b"PK\x03\x04")
    assert "pptx" in str(expect_error("unsupported_type", tmp_path / "slides.pptx"))
    (tmp_path / "noext").write_text("正文")
    expect_error("unsupported_type", tmp_path / "noext")


def test_suffixes_are_case_insensitive(tmp_path):
    doc = read_path(write_txt("大写扩展名。\n", tmp_path / "UPPER.TXT", "utf-8"))
    assert doc.text == "大写扩展名。\n"


@FUZZ
@given(data=st.binary(max_size=2000))
def test_decode_text_never_raises_anything_else(data):
    try:
        text, encoding = decode_text(data)
    except BriefingError as exc:
        assert exc.code in {"file_binary", "encoding_unknown"}
    else:
        assert isinstance(text, str) and encoding


# -- .docx -------------------------------------------------------------------------------


def test_docx_round_trip_of_seeds(seeds, tmp_path):
    for seed in seeds:
        text = seed_text(seed)
        doc = read_path(write_docx(text, tmp_path / f"{seed.stem}.docx"))
        assert doc.format == "docx" and doc.encoding is None
        assert blocks(doc) == paragraphs(text), seed.name


def test_docx_paragraphs_tables_and_nested_tables_in_order(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("导语第一段")
    document.add_paragraph("")
    document.add_paragraph("  \t")
    broken = document.add_paragraph("第一行")
    broken.add_run().add_break()
    broken.add_run("第二行")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text, table.cell(1, 0).text = "甲", "乙", "丙"
    inner = table.cell(1, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "内一", "内二"
    merged = document.add_table(rows=1, cols=2)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "合并单元格"
    document.add_paragraph("结尾段")
    document.save(str(tmp_path / "t.docx"))
    assert blocks(read_path(tmp_path / "t.docx")) == [
        "导语第一段", "第一行\n第二行", "甲", "乙", "丙", "内一", "内二", "合并单元格", "结尾段",
    ]  # fmt: skip


def test_docx_revisions_links_content_controls_and_text_boxes(tmp_path):
    import docx
    from docx.oxml import parse_xml

    ns = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:v="urn:schemas-microsoft-com:vml"'
    )
    revised = (
        f'<w:p {ns}><w:r><w:t xml:space="preserve">保留 </w:t></w:r>'
        '<w:del w:id="1" w:author="a"><w:r><w:delText>删掉</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="a"><w:r><w:t>新增</w:t></w:r></w:ins>'
        '<w:hyperlink w:anchor="x"><w:r><w:t>链接</w:t></w:r></w:hyperlink>'
        "<w:r><w:tab/><w:t>尾</w:t></w:r></w:p>"
    )
    control = f"<w:sdt {ns}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>控件内容</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    box = "<w:txbxContent><w:p><w:r><w:t>文本框里的字</w:t></w:r></w:p></w:txbxContent>"
    boxed = (
        f"<w:p {ns}><w:r><w:t>框外</w:t></w:r><w:r><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing>{box}</w:drawing></mc:Choice>'
        "<mc:Fallback><w:pict><v:shape>"
        f"<v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )
    document = docx.Document()
    anchor = document.add_paragraph("开头")._p
    for xml in reversed((revised, control, boxed)):
        anchor.addnext(parse_xml(xml))
    document.save(str(tmp_path / "r.docx"))
    assert blocks(read_path(tmp_path / "r.docx")) == [
        "开头", "保留 新增链接\t尾", "控件内容", "框外", "文本框里的字",
    ]  # fmt: skip


def test_docx_that_is_not_a_docx(seeds, tmp_path):
    write_txt(seed_text(seeds[0]), tmp_path / "plain.docx", "utf-8")
    expect_error("docx_corrupt", tmp_path / "plain.docx")
    (tmp_path / "old.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    assert ".doc" in str(expect_error("docx_corrupt", tmp_path / "old.docx"))
    with zipfile.ZipFile(tmp_path / "nodoc.docx", "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    expect_error("docx_corrupt", tmp_path / "nodoc.docx")


def test_docx_with_malformed_xml(tmp_path):
    good = write_docx("一段正文\n", tmp_path / "good.docx")
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(tmp_path / "bad.docx", "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = data[: len(data) // 2]  # cut mid-element
            dst.writestr(info, data)
    expect_error("docx_corrupt", tmp_path / "bad.docx")


def test_zip_bomb_named_docx_is_refused_without_inflating(tmp_path):
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
        with zf.open("word/media/image1.bin", "w", force_zip64=True) as fh:
            zeros = bytes(1 << 20)
            for _ in range(64):
                fh.write(zeros)
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.MonkeyPatch.context() as patch:  # refused from the zip's directory: nothing inflated
        patch.setattr(zipfile.ZipFile, "open", lambda *args, **kwargs: pytest.fail("a part was inflated"))
        expect_error("docx_too_large", bomb)


def test_docx_absolute_size_limit(tmp_path, monkeypatch):
    path = write_docx("正文\n", tmp_path / "big.docx")
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("word/media/noise.bin", random.Random(1).randbytes(2 << 20))
    monkeypatch.setattr(readers, "DOCX_MAX_UNCOMPRESSED", 1 << 20)
    expect_error("docx_too_large", path)


@FUZZ
@given(flips=FLIPS)
def test_damaged_docx_gives_a_document_or_a_briefing_error(tmp_path, flips):
    path = tmp_path / "fuzz.docx"
    if not path.exists():
        write_docx("第一段正文。\n第二段正文。\n", path)
    data = bytearray(path.read_bytes())
    for position, value in flips:
        data[position % len(data)] = value
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(bytes(data))
    try:
        read_path(damaged)
    except BriefingError as exc:
        assert exc.code in {"docx_corrupt", "docx_too_large", "no_text"}


# -- .doc --------------------------------------------------------------------------------


def test_doc_without_libreoffice(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", "")
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    expect_error("doc_needs_libreoffice", tmp_path / "old.doc")


needs_soffice = pytest.mark.skipif(libreoffice.soffice() is None, reason="LibreOffice (soffice) is not installed")


@pytest.mark.slow
@needs_soffice
def test_doc_is_converted_with_libreoffice(seeds, tmp_path):
    text = seed_text(seeds[0])
    path = write_doc(text, tmp_path / "seed.doc")
    assert path.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"  # a real OLE .doc
    doc = read_path(path)
    assert (doc.format, blocks(doc)) == ("doc", paragraphs(text))


@pytest.mark.slow
@needs_soffice
def test_doc_conversion_failures(tmp_path, monkeypatch):
    (tmp_path / "junk.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    expect_error("doc_convert_failed", tmp_path / "junk.doc")
    path = tmp_path / "slow.doc"
    (tmp_path / "junk.doc").rename(path)
    monkeypatch.setattr(doc_reader, "DOC_CONVERT_TIMEOUT", 0.3)
    expect_error("doc_convert_failed", path)
    time.sleep(0.2)
    leftovers = [pid for pid in _process_ids() if b"briefing_doc_" in _cmdline(pid)]
    assert not leftovers, "the timed-out soffice was left running"


def _process_ids() -> list[str]:
    return [name for name in os.listdir("/proc") if name.isdigit()] if os.path.isdir("/proc") else []


def _cmdline(pid: str) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def test_docx_renamed_to_doc_is_read_directly(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", "")
    path = write_docx("改了扩展名的 Word 文件\n第二段\n", tmp_path / "renamed.doc")
    doc = read_path(path)
    assert (doc.format, blocks(doc)) == ("doc", ["改了扩展名的 Word 文件", "第二段"])


# -- .pdf --------------------------------------------------------------------------------


def test_stsong_light_loses_only_characters_outside_gb2312(seeds):
    lost = pdf_unrenderable("".join(seed_text(seed) for seed in seeds))
    for ch in lost:  # measured on the seeds: only ﹃ ﹄ (U+FE43/U+FE44, vertical quotes)
        with pytest.raises(UnicodeEncodeError):
            ch.encode("gb2312")
    assert len(lost) <= 5


def expected_pdf_blocks(text: str) -> list[str]:
    lost = pdf_unrenderable(text)
    return [s for s in (squeeze(p, lost) for p in paragraphs(text)) if s]


def test_pdf_round_trip_of_seeds(seeds, tmp_path):
    for seed in seeds:
        text = seed_text(seed)
        doc = read_path(write_pdf(text, tmp_path / f"{seed.stem}.pdf"))
        assert (doc.format, doc.encoding, doc.warnings) == ("pdf", None, ())
        assert [squeeze(b) for b in blocks(doc)] == expected_pdf_blocks(text), seed.name
        assert not pdf_unrenderable(text) & set(doc.text)


@pytest.mark.parametrize("cue", ["indent", "gap"])
def test_pdf_paragraphs_from_one_cue_alone(seeds, tmp_path, cue):
    # Pages of one-line paragraphs with neither cue are not recoverable: use long ones.
    wrapping = [seed for seed in seeds if max(map(len, paragraphs(seed_text(seed)))) > 100]
    for seed in wrapping[:2]:
        text = seed_text(seed)
        options = {"indent": cue == "indent", "gap": cue == "gap"}
        doc = read_path(write_pdf(text, tmp_path / f"{seed.stem}.pdf", **options))
        assert [squeeze(b) for b in blocks(doc)] == expected_pdf_blocks(text), seed.name


def test_pdf_soft_breaks_within_a_paragraph(tmp_path):
    long = "丰台区推进重点工程建设，" * 12
    doc = read_path(write_pdf(f"短标题\n{long}\n末段。\n", tmp_path / "soft.pdf"))
    assert len(blocks(doc)) == 3
    wrapped = blocks(doc)[1].split("\n")
    assert len(wrapped) >= 3 and "".join(wrapped) == long


def test_pdf_fake_bold_overprint_is_read_once(tmp_path):
    from reportlab.pdfgen import canvas

    register_pdf_font()
    pdf = canvas.Canvas(str(tmp_path / "bold.pdf"))
    pdf.setFont("STSong-Light", 16)
    for dx in (0.0, 0.3, 0.6):  # how "bold" headlines are often made
        pdf.drawString(72 + dx, 720, "加粗的标题")
    pdf.setFont("STSong-Light", 12)
    pdf.drawString(72 + 24, 690, "正文一行")  # indented first line of the body
    pdf.save()
    assert blocks(read_path(tmp_path / "bold.pdf")) == ["加粗的标题", "正文一行"]


def shapes_only(path: Path, pages: int = 2) -> None:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    for _ in range(pages):
        pdf.rect(100, 500, 200, 100, fill=1)
        pdf.circle(300, 300, 50)
        pdf.line(50, 50, 500, 700)
        pdf.showPage()
    pdf.save()


def test_image_only_pdf_needs_ocr(tmp_path):
    shapes_only(tmp_path / "scan.pdf")
    expect_error("pdf_no_text", tmp_path / "scan.pdf")


def test_pdf_with_a_scanned_page_warns(tmp_path):
    from reportlab.pdfgen import canvas

    register_pdf_font()
    pdf = canvas.Canvas(str(tmp_path / "mixed.pdf"))
    pdf.setFont("STSong-Light", 12)
    pdf.drawString(72, 720, "第一页的文字")
    pdf.showPage()
    pdf.rect(100, 500, 200, 100, fill=1)
    pdf.showPage()
    pdf.save()
    doc = read_path(tmp_path / "mixed.pdf")
    assert doc.text == "第一页的文字"
    assert len(doc.warnings) == 1 and "2" in str(doc.warnings[0])


def test_truncated_and_fake_pdfs(seeds, tmp_path):
    data = write_pdf(seed_text(seeds[0]), tmp_path / "whole.pdf").read_bytes()
    (tmp_path / "half.pdf").write_bytes(data[: len(data) // 2])
    expect_error("pdf_corrupt", tmp_path / "half.pdf")
    (tmp_path / "tail.pdf").write_bytes(data[:-20])
    expect_error("pdf_corrupt", tmp_path / "tail.pdf")
    write_txt("这不是PDF\n", tmp_path / "fake.pdf", "utf-8")
    expect_error("pdf_corrupt", tmp_path / "fake.pdf")


def encrypted_pdf(path: Path, user_password: str, font: str, text: str) -> Path:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    guard = pdfencrypt.StandardEncryption(user_password, ownerPassword="owner", canPrint=0)
    pdf = canvas.Canvas(str(path), encrypt=guard)
    pdf.setFont(font, 12)
    pdf.drawString(72, 720, text)
    pdf.save()
    return path


def test_encrypted_pdf(tmp_path):
    register_pdf_font()
    expect_error("pdf_encrypted", encrypted_pdf(tmp_path / "locked.pdf", "secret", "Helvetica", "x"))
    # Owner password only: anyone may open it, so it is read.
    opened = encrypted_pdf(tmp_path / "owner.pdf", "", "Helvetica", "Open to read")
    assert read_path(opened).text == "Open to read"


def test_pdf_text_without_unicode_mapping_is_not_imported_as_cid_codes(tmp_path):
    # pdfminer does not decrypt strings inside font dictionaries, so in an encrypted PDF
    # the CID font's character collection is unreadable and only "(cid:N)" codes come out.
    register_pdf_font()
    path = encrypted_pdf(tmp_path / "cid.pdf", "", "STSong-Light", "加密文件的正文")
    expect_error("pdf_undecodable", path)  # text is there, but cannot be read: not a scan


def test_pdf_javascript_open_action_only_yields_text(tmp_path):
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFString
    from reportlab.pdfgen import canvas

    register_pdf_font()
    marker = tmp_path / "executed"
    script = f"app.alert('pwned'); this.exportDataObject({{cPath: '{marker}'}});"
    pdf = canvas.Canvas(str(tmp_path / "js.pdf"))
    pdf.setFont("STSong-Light", 12)
    pdf.drawString(72, 720, "带脚本的 PDF 正文")
    action = PDFDictionary({"S": PDFName("JavaScript"), "JS": PDFString(script)})
    pdf._doc.Catalog.OpenAction = action
    pdf.save()
    raw = (tmp_path / "js.pdf").read_bytes()
    assert b"/OpenAction" in raw and b"/JavaScript" in raw
    doc = read_path(tmp_path / "js.pdf")
    assert doc.text == "带脚本的 PDF 正文"
    assert not marker.exists()


@FUZZ
@given(flips=FLIPS)
def test_damaged_pdf_gives_a_document_or_a_briefing_error(tmp_path, flips):
    path = tmp_path / "fuzz.pdf"
    if not path.exists():
        write_pdf("第一段正文。\n第二段正文，稍长一些，用来占满一行还多的位置。\n", path)
    data = bytearray(path.read_bytes())
    for position, value in flips:
        data[position % len(data)] = value
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(bytes(data))
    try:
        read_path(damaged)
    except BriefingError as exc:
        assert exc.code in {"pdf_corrupt", "pdf_no_text", "pdf_undecodable", "pdf_encrypted"}


# -- .html -------------------------------------------------------------------------------

ARTICLE = [
    "本报讯 6月13日上午，丰台区召开全区重点工作推进会，总结上半年工作，部署下一阶段任务。",
    "会议指出，要坚持问题导向，聚焦群众关心的停车、物业、养老等民生难题，逐项制定解决方案，确保年底前见到实效。",
    "会议强调，各街道、各部门要压实责任，加强协同配合，把各项任务落实到具体项目和具体时间节点上。",
    "区领导逐一听取了各单位的工作汇报，并就重点项目建设、营商环境优化等工作提出明确要求。",
]
BOILERPLATE = ["首页", "新闻中心", "关于我们", "版权所有", "京ICP备", "脚本里的秘密"]


def saved_page(encoding: str, meta_charset: str) -> bytes:
    body = "".join(f"<p>{p}</p>\n" for p in ARTICLE)
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={meta_charset}">
<title>丰台区召开重点工作推进会_丰台时报</title>
<meta property="og:site_name" content="丰台时报">
<meta property="article:published_time" content="2024-06-13T09:30:00+08:00">
<style>p {{ color: #333; }} .secret:before {{ content: "样式里的字"; }}</style>
<script>var note = "脚本里的秘密"; document.write(note);</script></head>
<body><nav><ul><li><a href="/">首页</a></li><li><a href="/news">新闻中心</a></li>
<li><a href="/about">关于我们</a></li></ul></nav>
<article><h1>丰台区召开重点工作推进会</h1>{body}<p>记者 张三<br>通讯员 李四</p></article>
<footer><p>版权所有 丰台时报社 京ICP备12345678号</p></footer>
<script>console.log("脚本里的秘密");</script></body></html>"""
    return page.encode(encoding)


def test_saved_gbk_page_gives_main_text_and_metadata(tmp_path):
    path = tmp_path / "page.htm"
    path.write_bytes(saved_page("gbk", "gbk"))
    doc = read_path(path)
    assert doc.format == "html" and doc.encoding is None
    assert (doc.title, doc.published, doc.source) == ("丰台区召开重点工作推进会", "2024-06-13", "丰台时报")
    found = blocks(doc)
    for paragraph in ARTICLE:
        assert paragraph in found
    assert "记者 张三\n通讯员 李四" in found  # <br> is a soft break inside the block
    for noise in BOILERPLATE + ["样式里的字", "color"]:
        assert noise not in doc.text


def test_utf8_page_and_gb2312_declaration(tmp_path):
    (tmp_path / "utf8.html").write_bytes(saved_page("utf-8", "utf-8"))
    (tmp_path / "gb2312.html").write_bytes(saved_page("gb18030", "gb2312"))
    for name in ("utf8.html", "gb2312.html"):
        assert ARTICLE[1] in blocks(read_path(tmp_path / name))


def test_page_without_main_text(tmp_path):
    page = "<html><head><title>空页面</title><script>var a = '正文';</script></head><body><nav>首页</nav></body></html>"
    (tmp_path / "empty.html").write_bytes(page.encode("utf-8"))
    expect_error("html_no_text", tmp_path / "empty.html")


# -- pasted text ---------------------------------------------------------------------------


def test_pasted_text_follows_the_contract():
    doc = read_pasted("\ufeff第一段\r\n第二行\r\n\r\n第二段\u2028软换行\x0c第三段\x01\u2029第四段")
    assert doc.text == "第一段\n第二行\n\n第二段\n软换行\n\n第三段\n\n第四段"
    assert (doc.format, doc.encoding) == ("paste", None)
    assert len(doc.warnings) == 1 and "1" in str(doc.warnings[0])
    with pytest.raises(BriefingError) as info:
        read_pasted(" \r\n\u3000 ")
    assert info.value.code == "paste_empty" and HAN.search(str(info.value))


# -- folders -------------------------------------------------------------------------------


def test_expand_paths_walks_folders_naturally(tmp_path):
    root = tmp_path / "剪报"
    for name in [
        "page10.txt", "page2.txt", "page1.pdf", "Page3.HTML", ".hidden.txt", "~$草稿.docx",
        "notes.rtf", "photo.png", ".git/config.txt", "sub/b10.txt", "sub/b9.txt", "sub/a.docx",
        "sub/.cache/x.txt",
    ]:  # fmt: skip
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(b"x")
    missing = tmp_path / "gone.txt"
    found = expand_paths([root, str(root / "page2.txt"), missing, root / "notes.rtf", root])
    assert found == [
        root / "page1.pdf", root / "page2.txt", root / "Page3.HTML", root / "page10.txt",
        root / "sub/a.docx", root / "sub/b9.txt", root / "sub/b10.txt", missing, root / "notes.rtf",
    ]  # fmt: skip
    assert expand_paths([]) == []
