"""Files departments send as Word: a bulletin of one item or several (its masthead, issue, office and date line and
distribution are furniture), a 公文 with its red header over its document number. Each written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.ingest.importer import ImportOptions, import_paths
from db import open_library
from db.articles import get_article
from tests.makefiles import write_docx


def _imported_word_file(text: str, path: Path, library_path: Path) -> dict:
    """``text`` written as a Word file at ``path``, imported; the stored article."""
    write_docx(text, path)
    with open_library(library_path) as library:
        article_id = import_paths(library, [path], ImportOptions(workers=0)).files[0].articles[0].id
        article = get_article(library, article_id)
    assert article is not None
    return article


BULLETIN = """青石街道工作信息
第12期
青石街道党政办公室　　　　2025年3月5日
青石街道“小巷管家”让背街小巷美起来
今年以来，青石街道招募“小巷管家”120名，参与背街小巷环境整治。
街道党工委书记周敏表示，要让群众成为城市治理的参与者。
报：区委办、区政府办
送：区委宣传部
（共印20份）
"""


def test_a_departments_bulletin_in_word_is_its_article(tmp_path: Path, library_path: Path) -> None:
    """A department's Word bulletin: its name and issue number (青石街道工作信息 / 第12期) are the masthead,
    the office and date line under them the source and date, 报：/送：/共印 its distribution — the
    article is the headline under them (第12期 had become the title, the distribution its last lines)."""
    article = _imported_word_file(BULLETIN, tmp_path / "工作信息.docx", library_path)
    assert article["title"] == "青石街道“小巷管家”让背街小巷美起来"
    assert article["published"] == "2025-03-05" and article["printed_source"] == "青石街道党政办公室"
    assert article["text"].startswith("今年以来") and article["text"].endswith("城市治理的参与者。")


RED_HEADER = """云湖区住房和城乡建设委员会文件
云住建发〔2025〕12号
关于开展老旧小区改造意愿征询的通知
各街道办事处：
为做好2025年老旧小区改造工作，现就开展居民意愿征询有关事项通知如下。
一、征询范围为2000年以前建成的老旧小区。
二、征询工作于4月底前完成。
云湖区住房和城乡建设委员会
2025年3月13日
抄送：区政府办公室。
云湖区住房和城乡建设委员会办公室 2025年3月13日印发
"""


def test_a_red_header_document_in_word_is_its_article(tmp_path: Path, library_path: Path) -> None:
    """A 公文 sent as Word: its red header (…文件) over the document number names who issued it (it had become
    the title, and the number, 抄送 and 印发 lines body text); the title is the line under the number."""
    article = _imported_word_file(RED_HEADER, tmp_path / "通知.docx", library_path)
    assert article["title"] == "关于开展老旧小区改造意愿征询的通知"
    assert article["published"] == "2025-03-13" and article["printed_source"] == "云湖区住房和城乡建设委员会"
    assert article["text"].startswith("各街道办事处：") and article["text"].endswith("于4月底前完成。")


BULLETIN_OF_ITEMS = """青石区城市更新工作简报
第5期
青石区城市更新指挥部办公室　　　　2025年4月10日
东关街道老旧小区改造全面开工
4月8日，东关街道12个老旧小区改造项目全面开工。街道党工委书记王敏表示，要把好事办好、实事办实。
西城街道推进背街小巷整治
今年以来，西城街道完成背街小巷整治15条。街道办事处主任李强介绍，整治前充分征求了居民意见。
区住建委开展燃气安全专项检查
4月9日，区住建委对全区在建改造项目开展燃气安全专项检查，排查隐患23处，已全部整改。
报：区委、区政府领导
送：区城市更新指挥部成员单位
（共印30份）
"""


def test_a_bulletin_of_several_items_in_word_is_one_article_per_item(tmp_path: Path, library_path: Path) -> None:
    """A department's bulletin with three items, each under a one-line headline: three articles, each with the
    bulletin's office and date (it had been one article titled with the first item, the others' headlines run
    into its text and the distribution list its end)."""
    path = write_docx(BULLETIN_OF_ITEMS, tmp_path / "简报第5期.docx")
    with open_library(library_path) as library:
        ids = [a.id for a in import_paths(library, [path], ImportOptions(workers=0)).files[0].articles]
        articles = [get_article(library, article_id) for article_id in ids]
    assert [a["title"] for a in articles if a] == [
        "东关街道老旧小区改造全面开工", "西城街道推进背街小巷整治", "区住建委开展燃气安全专项检查"]
    for article in articles:
        assert article is not None
        assert article["published"] == "2025-04-10" and article["printed_source"] == "青石区城市更新指挥部办公室"
        assert article["text"].endswith("。") and not any(
            word in article["text"] for word in ("简报", "第5期", "报：", "共印", "推进背街小巷整治\n"))


@pytest.mark.parametrize(
    "head, first, second",
    [
        ("青石区城市更新工作简报（第5期）\n青石区城市更新指挥部办公室　　2025年4月10日", "东关街道老旧小区改造全面开工",
         "西城街道推进背街小巷整治"),
        ("政务信息\n2025年第5期（总第45期）\n青石区城市更新指挥部办公室编　　2025年4月10日", "一、东关街道老旧小区改造全面开工",
         "二、西城街道推进背街小巷整治"),
    ],
    ids=["name-and-issue-on-one-line", "numbered-items-and-an-editing-office"],
)
def test_bulletins_in_other_shapes_are_one_article_per_item(
        head: str, first: str, second: str, tmp_path: Path, library_path: Path) -> None:
    """The bulletin's name and issue on one line; 2025年第5期（总第45期） under 政务信息, items numbered 一、二、 (the
    number is the item's place in the issue, not its headline) and …办公室编 over the date."""
    text = f"{head}\n{first}\n4月8日，东关街道12个老旧小区改造项目全面开工。\n{second}\n今年以来，西城街道完成背街小巷整治15条。\n"
    path = write_docx(text, tmp_path / "简报.docx")
    with open_library(library_path) as library:
        ids = [a.id for a in import_paths(library, [path], ImportOptions(workers=0)).files[0].articles]
        articles = [get_article(library, article_id) for article_id in ids]
    assert [(a["title"], a["published"], a["printed_source"]) for a in articles if a] == [
        ("东关街道老旧小区改造全面开工", "2025-04-10", "青石区城市更新指挥部办公室"),
        ("西城街道推进背街小巷整治", "2025-04-10", "青石区城市更新指挥部办公室")]
