"""Texts of drafting briefings (issue 18: what a drafted briefing holds), registered into
the one catalogue of ``composer/common/messages.py`` (same rules: a key, ``zh`` and ``en``,
the same named placeholders in both). ``composer/briefings/drafts.py`` imports this
module, so the texts are registered before drafting can raise them.
"""

from __future__ import annotations

from composer.common.messages import register

DRAFT_MESSAGES: dict[str, dict[str, str]] = {
    "order_unknown": {
        "zh": "未知的条目排序方式“{value}”（可用：date 按日期、importance 按职务高低、declared 按所列人员顺序）",
        "en": "unknown item order '{value}' (use date, importance — by rank — or declared — the persons' order)",
    },
    "citation_style_unknown": {
        "zh": "未知的出处格式“{value}”（可用：speech 讲话场合、press 报刊、article 原文标题）",
        "en": "unknown citation style '{value}' (use speech, press or article)",
    },
    "preview_more": {
        "zh": "……（以下另有{count}条，预览从略，导出的文档中完整）",
        "en": "… ({count} more items left out of the preview; the exported document has them all)",
    },
}

register(DRAFT_MESSAGES)
