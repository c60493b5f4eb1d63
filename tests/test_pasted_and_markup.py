"""Pasted text and HTML, web pages hidden in .doc/.txt/.mht files, mixed encodings, and
nothing going online: real files written to tmp_path, a real library, real processes."""

from __future__ import annotations

import http.server
import json
import os
import quopri
import shutil
import struct
import subprocess
import sys
import threading
import zlib
from pathlib import Path

import pytest

from composer.common import libreoffice, messages
from composer.common.messages import BriefingError
from composer.ingest import readers
from composer.ingest.html_reader import read_pasted_html, sniff_markup
from composer.ingest.importer import ImportOptions, import_pasted, import_paths
from composer.ingest.pasted import (
    is_metadata_line,
    read_bytes,
    read_clipboard,
    read_date,
    read_head,
    read_source,
    retitle,
)
from composer.ingest.readers import read_pasted, read_path
from db import open_library
from db.articles import get_article, list_articles
from tests.conftest import REPO

BODY = [
    "本报讯（记者 陈晓路）9月1日上午，区委书记林振华带队检查秋季学期开学工作，实地查看校园安全、食堂管理等情况。",
    "林振华指出，要把安全放在首位，确保师生平安开学。各部门要加强协同，及时解决学校反映的问题，办好人民满意的教育。",
    "检查组一行还来到云湖第一中学，看望慰问一线教师，向他们致以节日的问候。",
]
TITLE = "区领导检查秋季学期开学工作"
PASTED = f"{TITLE}\n来源：云湖时报    发布时间：2025-09-01 10:30    浏览次数：128\n" + "\n".join(BODY)
OTHER_TITLE = "云湖区部署冬季安全生产工作"
OTHER_BODY = [
    "本报讯 11月20日，云湖区召开冬季安全生产工作会议，部署燃气、消防、道路交通等重点领域安全隐患排查整治。",
    "会议要求，各街道要对老旧小区燃气管道逐户入户检查，发现问题立行立改，不留死角。",
]
OTHER = f"{OTHER_TITLE}\n2025年11月20日 来源：云湖发布\n" + "\n".join(OTHER_BODY)


pytestmark = pytest.mark.usefixtures("chinese_messages")


# -- what the head of pasted text prints -------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("发布时间：2025-09-01 10:30", "2025-09-01"),
        ("2025年9月1日 星期一", "2025-09-01"),
        ("2025年09月01日 09:30 来源：北京日报", "2025-09-01"),
        ("发布日期：2025/9/1", "2025-09-01"),
        ("2025.09.01", "2025-09-01"),
        ("时间：2025年13月40日", None),  # not a real date
        ("2025年9月", None),  # a month is not a date: never completed
        ("2025年", None),
    ],
)
def test_dates_are_read_only_when_printed_in_full(line, date):
    assert read_date(line) == date


def test_source_ends_at_the_next_field():
    assert read_source("来源：云湖时报    发布时间：2025-09-01") == "云湖时报"
    assert read_source("来源：北京日报客户端 作者：李四") == "北京日报客户端"
    assert read_source("来源：云湖时报发布时间：2025-09-01") == "云湖时报"
    assert read_source("【来源：人民日报】") == "人民日报"
    assert read_source("稿件来源:丰台区融媒体中心 点击数:12") == "丰台区融媒体中心"
    assert read_source("没有来源的一句话。") is None


def test_metadata_lines_hold_nothing_but_fields():
    assert is_metadata_line("来源：云湖时报 发布时间：2025-09-01 【字体：大 中 小】【打印】【关闭】")
    assert is_metadata_line("2025年9月1日 星期一")
    assert is_metadata_line("来源：北京日报 作者：张三 责任编辑：王五")
    assert not is_metadata_line("2025年9月1日上午，区委书记林振华带队检查秋季学期开学工作。")
    assert not is_metadata_line(TITLE)


def test_head_of_pasted_text():
    assert read_head(PASTED) == read_head("\n\n" + PASTED)
    head = read_head(PASTED)
    assert (head.title, head.source, head.published) == (TITLE, "云湖时报", "2025-09-01")
    crumbs = f"当前位置：首页 > 新闻中心 > 区县动态\n{TITLE}\n——记秋季开学检查\n2025年9月2日 来源：北京日报\n" + BODY[0]
    head = read_head(crumbs)
    assert (head.title, head.source, head.published) == (TITLE, "北京日报", "2025-09-02")


def test_a_date_in_the_body_is_never_the_publication_date():
    head = read_head("2025年9月1日上午，区委书记林振华带队检查秋季学期开学工作，实地查看校园安全、食堂管理等情况。\n" + BODY[1])
    assert head == type(head)()  # no title, no source, no date
    head = read_head(TITLE + "\n" + BODY[0] + "\n2025年9月3日 来源：别的报")  # after the body: not the head
    assert (head.title, head.source, head.published) == (TITLE, None, None)


def test_retitle():
    assert retitle(PASTED, TITLE, TITLE) == PASTED
    assert retitle(PASTED, TITLE, "新标题").split("\n")[:2] == ["新标题", PASTED.split("\n")[1]]
    assert retitle("正文。", None, "新标题") == "新标题\n\n正文。"
    assert retitle(PASTED, TITLE, "  ") == PASTED


def test_read_pasted_keeps_the_text_and_reads_its_hints():
    doc = read_pasted(PASTED.replace("\n", "\r\n"))
    assert doc.text == PASTED and doc.format == "paste"
    assert (doc.title, doc.source, doc.published) == (TITLE, "云湖时报", "2025-09-01")


def test_pasted_text_is_imported_with_what_it_prints(library_path):
    with open_library(library_path) as library:
        result = import_pasted(library, PASTED)
        assert result.status == "imported" and [a.title for a in result.articles] == [TITLE]
        (row,) = list_articles(library)
        assert (row["title"], row["source"], row["published"]) == (TITLE, "云湖时报", "2025-09-01")
        stored = get_article(library, row["id"])
        assert "林振华指出" in stored["text"] and "浏览次数" not in stored["text"]
        # what the clerk typed wins over what the text prints
        again = import_pasted(library, OTHER, ImportOptions(source="丰台时报", published="2025-09-02"))
        row = get_article(library, again.articles[0].id)
        assert (row["source"], row["published"]) == ("丰台时报", "2025-09-02")


# -- web pages: metadata, hidden text ------------------------------------------------------

PARAGRAPHS = "".join(f"<p>{p}</p>\n" for p in BODY)
HIDDEN = ["隐藏属性的段落不应导入", "行内样式隐藏的段落不应导入", "样式表隐藏的段落不应导入", "Word隐藏文字不应导入", "不可见的段落"]


def web_page(*, head: str = "", info: str = "", footer: str = "") -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{TITLE}_云湖区人民政府</title>{head}
<style>.hide {{ display : none }} #gone {{ visibility: hidden }} @media print {{ .noprint {{ display: none }} }}</style>
</head><body><div class="nav"><a href="/">首页</a> <a href="/news">新闻中心</a></div>
<div class="article"><h1>{TITLE}</h1>{info}
<p hidden>{HIDDEN[0]}。</p><p style="color:red; DISPLAY: none !important">{HIDDEN[1]}。</p>
<div class="box hide">{HIDDEN[2]}。</div><span style="mso-hide:all">{HIDDEN[3]}</span><p id="gone">{HIDDEN[4]}。</p>
<p class="noprint">只在打印时隐藏的段落，在屏幕上看得见，所以应当导入，这一段要保留下来。</p>
{PARAGRAPHS}<p>图为检查现场。<img src="http://203.0.113.9/remote.jpg"></p></div>
<link rel="stylesheet" href="http://203.0.113.9/site.css">{footer}</body></html>"""


def test_hidden_text_is_not_imported(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(web_page(), encoding="utf-8")
    doc = read_path(path)
    for hidden in HIDDEN:
        assert hidden not in doc.text
    assert "只在打印时隐藏的段落" in doc.text  # @media print rules are not the screen's
    for paragraph in BODY:
        assert paragraph in doc.text


def test_the_extractors_metadata_and_what_the_page_prints(tmp_path):
    cases = {
        # a date under the headline, in Chinese, with the source beside it
        "printed": (web_page(info="<div class='info'><span>2025年09月01日 09:30</span> <span>来源：云湖时报</span></div>"),
                    (TITLE, "2025-09-01", "云湖时报")),
        # the government-site meta tags (ArticleTitle, PubDate, ContentSource, SiteName)
        "gov meta": (web_page(head="<meta name='ArticleTitle' content='区领导检查开学工作'><meta name='PubDate' "
                                   "content='2025-08-30 10:00'><meta name='ContentSource' content='云湖时报'>"
                                   "<meta name='SiteName' content='云湖区人民政府'>"),
                     ("区领导检查开学工作", "2025-08-30", "云湖时报")),
        "site name": (web_page(head="<meta name='SiteName' content='云湖区人民政府'>"), (TITLE, None, "云湖区人民政府")),
        # a copyright year is not a publication date (trafilatura's extensive search said 2023-01-01),
        # and a host name is not a source
        "copyright": (web_page(head="<link rel='canonical' href='http://www.yunhu.gov.cn/a/202509/t1.html'>",
                               footer="<footer>© 2023 云湖区人民政府 版权所有</footer>"), (TITLE, None, None)),
    }
    for name, (page, expected) in cases.items():
        path = tmp_path / f"{name}.html"
        path.write_text(page, encoding="utf-8")
        doc = read_path(path)
        assert (doc.title, doc.published, doc.source) == expected, name


def test_pasted_html_goes_through_the_html_reader():
    fragment = f"<meta charset='utf-8'><h2>{TITLE}</h2><p>来源：北京日报 2025-09-03</p><p hidden>{HIDDEN[0]}</p>{PARAGRAPHS}"
    doc = read_pasted_html(fragment)
    assert doc.format == "paste" and HIDDEN[0] not in doc.text and BODY[1] in doc.text
    assert (doc.title, doc.source, doc.published) == (TITLE, "北京日报", "2025-09-03")
    # the clipboard: HTML when it gives the text, else the plain text
    plain = TITLE + "\n" + "\n".join(BODY)
    assert read_clipboard(plain, fragment).source == "北京日报"
    assert read_clipboard(plain, "<html><body><nav>首页</nav></body></html>").text == plain
    assert read_clipboard("", fragment).title == TITLE
    with pytest.raises(BriefingError) as info:
        read_clipboard(" \n", "")
    assert info.value.code == "paste_empty"


# -- what a file is, whatever its name -----------------------------------------------------


def _mht(html: str, charset: str = "gb2312") -> bytes:
    part = quopri.encodestring(html.encode("gb18030" if charset == "gb2312" else charset))
    return (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01D9"\r\n\r\n'
        b"This document is a Single File Web Page, also known as a Web Archive file.\r\n\r\n"
        b"------=_NextPart_01D9\r\nContent-Location: file:///C:/D0CF11E0/file.htm\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n"
        b'Content-Type: text/html; charset="' + charset.encode() + b'"\r\n\r\n' + part + b"\r\n"
        b"------=_NextPart_01D9\r\nContent-Location: file:///C:/D0CF11E0/image001.png\r\n"
        b"Content-Transfer-Encoding: base64\r\nContent-Type: image/png\r\n\r\niVBORw0KGgo=\r\n"
        b"------=_NextPart_01D9--\r\n"
    )


WORD_HTML = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv=Content-Type content="text/html; charset=gb2312">
<title>{TITLE}</title><link rel=File-List href="http://203.0.113.9/filelist.xml"></head>
<body lang=ZH-CN><div class=WordSection1><p class=MsoNormal align=center><b>{TITLE}</b></p>
{"".join(f"<p class=MsoNormal>{p}</p>" for p in BODY)}
<p class=MsoNormal><span style='display:none;mso-hide:all'>{HIDDEN[3]}</span></p>
<p class=MsoNormal><img width=20 height=20 src="http://203.0.113.9/oa/image001.png"></p></div></body></html>"""


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("oa.doc", WORD_HTML.encode("gb18030")),
        ("oa_utf16.doc", b"\xff\xfe" + WORD_HTML.replace("gb2312", "unicode").encode("utf-16-le")),
        ("renamed.docx", ("<!DOCTYPE html>\n" + WORD_HTML).encode("gb18030")),
        ("source.txt", ("<?xml version='1.0'?>\n<!-- saved -->\n" + WORD_HTML).encode("gb18030")),
        ("oa_mht.doc", _mht(WORD_HTML)),
        ("archive.mht", _mht(WORD_HTML, "utf-8")),
        ("archive_named.html", _mht(WORD_HTML)),
    ],
)
def test_markup_is_read_as_html_whatever_the_name(tmp_path, monkeypatch, name, data):
    monkeypatch.setenv("PATH", "")  # were it sent to LibreOffice, this would fail: doc_needs_libreoffice
    path = tmp_path / name
    path.write_bytes(data)
    doc = read_path(path)
    assert doc.format == "html" and doc.title == TITLE
    for paragraph in BODY:
        assert paragraph in doc.text
    assert HIDDEN[3] not in doc.text


def test_sniffing_leaves_real_files_alone(tmp_path):
    assert sniff_markup(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100)) is None  # OLE .doc
    assert sniff_markup(b"PK\x03\x04") is None  # .docx
    assert sniff_markup("标题\n正文里提到 <html> 标签。".encode()) is None
    assert sniff_markup(b"Subject: x\nDate: y\n\nMIME-Version: 1.0") is None  # not in the headers
    assert sniff_markup(b"From: <Saved by Windows Internet Explorer 8>\r\nMIME-Version: 1.0\r\n") == "mime"
    assert sniff_markup(b"  \n<!-- a -->\n<HTML>") == "html"
    text = tmp_path / "note.txt"
    text.write_text(PASTED, encoding="utf-8")
    assert read_path(text).format == "txt"


NO_NETWORK = """
import json, sys
def guard(event, args):
    if event.startswith(("socket.", "subprocess.", "os.system", "os.exec", "os.posix_spawn", "urllib.")):
        raise RuntimeError("went outside: " + event)
sys.addaudithook(guard)
from composer.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def test_html_in_a_doc_is_imported_without_libreoffice_or_the_network(tmp_path, library_path):
    """A real import in a process that may open no socket and start no program (soffice is
    installed or not: it must not matter). The page links a remote image and style sheet."""
    path = tmp_path / "通知_2025-09-01.doc"
    path.write_bytes(WORD_HTML.encode("gb18030"))
    run = subprocess.run(
        [sys.executable, "-c", NO_NETWORK, "--db", str(library_path), "import", str(path), "--json"],
        cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO), BRIEFING_LANG="zh"),
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    (entry,) = json.loads(run.stdout)["files"]
    assert entry["status"] == "imported" and entry["articles"][0]["title"] == TITLE
    with open_library(library_path) as library:
        row = get_article(library, entry["articles"][0]["id"])
        assert BODY[1] in row["text"] and HIDDEN[3] not in row["text"]


def _png() -> bytes:
    """A real 1×1 PNG (LibreOffice keeps only pictures it can read)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b"")


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the handler's protocol
        type(self).hits.append(self.path)
        picture = _png()
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(picture)))
        self.end_headers()
        self.wfile.write(picture)

    def log_message(self, *args: object) -> None:
        pass


@pytest.mark.slow
@pytest.mark.skipif(libreoffice.soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_a_real_doc_offline(tmp_path):
    """A real .doc whose picture is linked from a web server (INCLUDEPICTURE): LibreOffice
    with a fresh profile fetches it while converting; the reader's conversion does not."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/linked.png"
        html = tmp_path / "linked.html"
        html.write_text(f"<html><body><p>{BODY[0]}</p><p><img src='{url}' width=20 height=20></p>"
                        f"<p>{BODY[1]}</p></body></html>", encoding="utf-8")  # fmt: skip
        soffice = libreoffice.soffice()
        assert soffice is not None

        def convert(source: Path, target: str, profile: str) -> None:
            command = [soffice, f"-env:UserInstallation={(tmp_path / profile).as_uri()}", "--headless", "--norestore",
                       "--convert-to", target, "--outdir", str(tmp_path / profile), str(source)]  # fmt: skip
            subprocess.run(command, capture_output=True, timeout=180, check=True)

        convert(html, 'doc:MS Word 97', "made")
        doc = tmp_path / "made" / "linked.doc"
        assert "INCLUDEPICTURE".encode("utf-16-le") in doc.read_bytes() and doc.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"
        _Counter.hits.clear()
        convert(doc, "docx", "plain")  # LibreOffice as it comes: it goes online for the picture
        assert _Counter.hits, "the test's .doc no longer makes LibreOffice fetch anything"
        _Counter.hits.clear()
        read = read_path(doc)
        assert BODY[0] in read.text and BODY[1] in read.text
        assert _Counter.hits == []
    finally:
        server.shutdown()
        server.server_close()
        shutil.rmtree(tmp_path / "made", ignore_errors=True)


# -- mixed encodings ---------------------------------------------------------------------------


def test_utf8_and_gb18030_lines_are_decoded_line_by_line(tmp_path):
    lines = [TITLE, "来源：云湖时报 2025-09-01", *BODY, "English line", "𠀀𠀁 GB18030 四字节字符"]
    codecs = ["utf-8", "gb18030", "utf-8", "gb18030", "gb18030", "utf-8", "gb18030"]
    data = b"\r\n".join(line.encode(codec) for line, codec in zip(lines, codecs, strict=True))
    path = tmp_path / "mixed.txt"
    path.write_bytes(data)
    doc = read_path(path)
    assert doc.text == "\n".join(lines)
    assert doc.encoding == "utf-8+gb18030"
    assert [w.key for w in doc.warnings] == ["warn_mixed_encodings"]
    assert "2 行 UTF-8，4 行 GB18030" in str(doc.warnings[0])  # ASCII lines are either
    # whole files in one encoding are untouched by this
    for codec in ("utf-8", "gb18030"):
        path.write_bytes("\n".join(lines).encode(codec))
        assert (read_path(path).encoding, read_path(path).text) == (codec, "\n".join(lines))


def test_a_mixed_file_with_a_line_in_neither_is_refused_with_its_number(tmp_path):
    lines = [BODY[0].encode("utf-8"), BODY[1].encode("gb18030"), "Café, résumé — naïve".encode("cp1252"),
             BODY[2].encode("utf-8")]  # fmt: skip
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"\n".join(lines))
    with pytest.raises(BriefingError) as info:
        read_path(path)
    assert info.value.code == "encoding_mixed_line" and "第 3 行" in str(info.value)
    messages.set_language("en")
    assert "line 3" in str(info.value)


def test_damaged_utf8_is_not_taken_for_gb18030(tmp_path):
    """UTF-8 that lost a byte: GB18030 reads the line, as mojibake; it is UTF-8 with a
    replacement character — and in a file that also has GB18030 lines, it is refused."""
    line = "1日上午，区委书记林振华".encode()
    damaged = line[:1] + line[2:]  # the lead byte of 日 lost
    assert readers._plausible_share(damaged.decode("gb18030")) >= readers.PLAUSIBLE_SHARE
    path = tmp_path / "damaged.txt"
    path.write_bytes(b"\n".join([BODY[0].encode("utf-8"), damaged, BODY[2].encode("utf-8")]))
    doc = read_path(path)
    assert doc.encoding == "utf-8" and [w.key for w in doc.warnings] == ["warn_bytes_replaced"]
    assert doc.text.split("\n")[1] == "1\ufffd\ufffd上午，区委书记林振华"
    path.write_bytes(b"\n".join([BODY[0].encode("utf-8"), BODY[1].encode("gb18030"), damaged]))
    with pytest.raises(BriefingError) as info:
        read_path(path)
    assert info.value.code == "encoding_mixed_line" and "第 3 行" in str(info.value)


def test_pasted_bytes_decode_like_text_files():
    for codec in ("utf-8", "utf-8-sig", "gb18030", "utf-16"):
        doc = read_bytes(PASTED.encode(codec))
        assert doc.text == PASTED and doc.title == TITLE and doc.source == "云湖时报", codec
    assert read_bytes(web_page().encode("utf-8")).title == TITLE  # a page's source: read as HTML
    with pytest.raises(BriefingError) as info:
        read_bytes(b" \n ")
    assert info.value.code == "paste_empty"


def test_import_paths_of_sniffed_files(tmp_path, library_path):
    (tmp_path / "a.doc").write_bytes(WORD_HTML.encode("gb18030"))
    other = WORD_HTML.replace(TITLE, OTHER_TITLE)
    for paragraph in BODY:
        other = other.replace(paragraph, "")
    (tmp_path / "b.mht").write_bytes(_mht(other.replace("</b></p>", "</b></p>" + "".join(f"<p>{p}</p>" for p in OTHER_BODY))))
    with open_library(library_path) as library:
        report = import_paths(library, [tmp_path], ImportOptions(workers=0))
        assert [f.status for f in report.files] == ["imported", "imported"], [f.error for f in report.files]
        assert sorted(a["title"] for a in list_articles(library)) == sorted([TITLE, OTHER_TITLE])


def test_cli_help_lists_stdin_and_as():
    run = subprocess.run([sys.executable, "-m", "composer.cli.main", "import", "--help"], cwd=REPO,
                         env=dict(os.environ, PYTHONPATH=str(REPO), BRIEFING_LANG="en"),
                         capture_output=True, text=True, timeout=60)  # fmt: skip
    assert "--as {auto,page,article}" in run.stdout and "reads pasted text from standard input" in " ".join(
        run.stdout.split()
    )
