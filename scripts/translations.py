"""Maintain the UI translations: extract strings, fill Chinese, report what is missing.

    python scripts/translations.py            # lupdate + apply ZH below + report
    python scripts/translations.py --check    # exit 1 if any string lacks Chinese

The .ts file in ui/translations is the source of truth that ships; the table below is
how we (who write code, not Qt Linguist files) add translations for new strings.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "ui" / "translations" / "briefing_zh_CN.ts"
QM = TS.with_suffix(".qm")  # compiled here, shipped as package data: the app never compiles at start-up

ZH = {
    "Date": "日期",
    "Source": "来源",
    "Kind": "类型",
    "Title": "标题",
    "Characters": "字数",
    "News": "消息",
    "Interview": "访谈",
    "Feature": "专题",
    "Editor's note": "编者按",
    "Photo": "图片",
    "Infographic": "图解",
    "Sidebar": "链接/侧栏",
    "(untitled)": "（无标题）",
    "Briefing Composer": "简报编排器",
    "&Import files…": "导入文件(&I)…",
    "Load &demo pages": "加载示例版面(&D)",
    "Library": "文章库",
    "&File": "文件(&F)",
    "%n article(s)": "共 %n 篇文章",
    "Importing": "正在导入",
    "Importing…": "正在导入…",
    "Cancel": "取消",
    "Importing %1 of %2: %3": "正在导入第 %1 个，共 %2 个：%3",
    "Imported: %1, duplicates: %2, failed: %3": "已导入 %1 个，重复 %2 个，失败 %3 个",
    "Import finished": "导入完成",
    "Operation failed": "操作失败",
    "Import files": "导入文件",
    "Articles (*.txt *.docx *.doc *.pdf *.html *.htm);;All files (*)": (
        "稿件 (*.txt *.docx *.doc *.pdf *.html *.htm);;所有文件 (*)"
    ),
    "Reliable only": "只看可靠的",
    "Statements at least as confident as this library's reliable line (98 % precision on real articles)": (
        "置信度达到本库可靠线的讲话（在真实文章上准确率达98%）"
    ),
    "The library is damaged": "资料库已损坏",
}


def _more(name: str) -> dict[str, str]:
    """Chinese for a family of pages kept in its own file (scripts/zh_*.py), so that people
    working on different pages never edit the same table."""
    import importlib.util

    path = Path(__file__).resolve().parent / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        return {}
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.ZH)


for _family in sorted(p.stem for p in Path(__file__).resolve().parent.glob("zh_*.py")):
    ZH.update(_more(_family))


def lupdate() -> None:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(tool), *sources, "-ts", str(TS), "-no-obsolete"], check=True, capture_output=True)


def apply() -> list[str]:
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        chinese = ZH.get(source)
        done = translation is not None and translation.get("type") != "unfinished" and bool(
            (translation.text or "").strip() or len(translation))
        if chinese is None or done:  # a translation already made (maybe for its context) stays
            if chinese is None and not done:
                missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            ET.SubElement(translation, "numerusform").text = chinese
        else:
            translation.text = chinese
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return missing


def release(target: Path = QM) -> None:
    """Compile the .ts into the .qm the app loads (tests/test_cli_language.py checks they agree)."""
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(tool), str(TS), "-qm", str(target)], check=True, capture_output=True)


def main() -> int:
    if "--check" not in sys.argv:
        lupdate()
    missing = apply() if "--check" not in sys.argv else _missing_only()
    if "--check" not in sys.argv:
        release()
    for source in missing:
        print(f"untranslated: {source!r}")
    return 1 if missing else 0


def _missing_only() -> list[str]:
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if (
            translation is None
            or translation.get("type") == "unfinished"
            or not ((translation.text or "").strip() or len(translation))
        ):
            missing.append(message.findtext("source") or "")
    return missing


if __name__ == "__main__":
    sys.exit(main())
