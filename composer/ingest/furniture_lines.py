"""The classes of page furniture lines, one pattern each (read by webpage.py, which says what each
line is and what it carries): navigation, share and widget buttons, footers, promotions, images,
related lists, a publisher's or outlet's name. Lines are matched folded (simplified, half-width,
lower case), as webpage.py folds them."""

from __future__ import annotations

import re

from composer.common.lexicon import is_common_word
from composer.ingest.printed_dates import full_date

BREADCRUMB = re.compile(
    r"^[•·>\s]*(?:您|你)?(?:当前|现在|目前)?(?:的)?(?:所在)?(?:的)?(?:位置|所在位置)\s*[:>]"
    r"|(?:首页|主页|网站首页|返回首页)\s*[>»›]|[>»›]\s*正文\s*$"
    # 人民网>>地方>>湖城频道, 新闻 › 要闻 › 本地: short names chained by arrows, no sentence in them
    r"|^\s*(?:>>?\s*)?[^。，；！？>»›]{1,14}(?:\s*(?:>>?|»|›|→)\s*[^。，；！？>»›]{1,14}){2,7}\s*(?:>>?|»|›)?\s*$"
)
# a Han character, folded or not (webpage.py and menus.py read lines with it)
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
NAV_WORDS = frozenset(
    re.split(
        r"\s+",
        "首页 主页 网站首页 返回首页 返回 返回顶部 回到顶部 回到页首 返回页首 回页首 "
        "返回目录 返回列表 返回阅读 返回上页 返回上一页 上一版 下一版 "
        "上一页 下一页 上一篇 下一篇 上一条 下一条 "
        "上一期 下一期 往期 往期回顾 版面导航 视觉导航 标题导航 本版导航 导航 pdf版 pdf下载 "
        "电子版 数字报 简体版 繁体版 简体 繁体 简体中文 繁体中文 英文版 english 手机版 "
        "无障碍 无障碍阅读 无障碍浏览 长者模式 长者版 长辈版 适老版 关怀版 关怀模式 老年模式 "
        "打印 打印本页 打印本文 打印文章 关闭 关闭窗口 收藏 收藏本页 加入收藏 设为首页 寄给朋友 推荐给朋友 "
        "网站地图 登录 注册 搜索 全文检索 跳至主要内容 跳转到正文内容 跳到主要内容 跳到正文 "
        "跳过导航 跳过导航栏 跳到导航 "
        "页面载入中... 页面加载中... 正在加载... 加载中... 页面载入中… 页面加载中… 正在加载… 加载中… 读报 [复制链接] "
        "正文 详细内容 内容详情 文章详情 新闻详情 信息详情 访谈内容 访谈详情 二维码 "
        "其他 其它 复制链接 复制 放大 缩小 还原 大 中 小 默认 字号 字体 小字号 中字号 大字号 字体大小 "
        "关注 +关注 已关注 订阅 +订阅 已订阅 今日新闻 即日新闻 "
        "新闻公报索引 重要告示 私隐政策 隐私政策 版权告示 使用条款 "
        "返回页首 友善列印 回上页 回上一页 回首页 回顶端 转寄 facebook line twitter x weibo "
        "微博 微信 qq空间 qq 朋友圈 新浪微博 腾讯微博 豆瓣 更多频道 全部频道 热点搜索 热门搜索 热搜 热搜榜 "
        # a forum thread's buttons (Discuz and its kind, where many articles are reposted)
        "上一主题 下一主题 跳转到指定楼层 楼主 沙发 板凳 回复 使用道具 举报 快速回复 倒序浏览 回帖奖励 "
        "只看该作者 立即注册",
    )
)
HOME_WORDS = frozenset(("首页", "网站首页", "主页", "返回首页"))  # (single.py reads 首页 | 新闻 | 标题 by them)
NAV_PHRASE = re.compile(
    r"本期共\d+版|^总第\d+期|第\s*[a-z]{0,2}\d+\s*版\s*[:\s]|^[a-z]{0,2}\d{2,5}\s*版\s*:|^返回\S{0,6}(?:\s+\S{1,8}){0,3}$|跳至主要内容|跳到主要内容|跳转到正文|不支持flash"
    # a bulletin's issue: 第12期, （总第345期）
    r"|^[(（]?\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:总)?第\s*[0-9一二三四五六七八九十百〇零]+\s*期\s*[)）]?"
    r"(?:\s*[(（]\s*总第\s*\d+\s*期\s*[)）])?$"  # (2025年第5期（总第45期）)
    r"|您的浏览器不支持|请升级浏览器|javascript"
    r"|^(?:本文)?(?:网址|链接|原文链接|原文地址|文章链接|本页地址)\s*:\s*(?:https?://|www\.)\S+$"  # 網址：https://…
    # a skip link (按Enter到主內容區), a site's logo alt text (某某網(Logo-image)), a blog's category (Categories: …)
    r"|^按\s*enter\s*键?\s*(?:到|至|跳到|跳至)|[(（]\s*logo(?:[-_ ]?(?:image|text|img|pic))?\s*[)）]"
    r"|^(?:categories|category|所属分类|文章分类)\s*:\s*\S{1,12}$"
    r"|^(?:搜寻|搜索|语言|流动式|网站|主)目录$"  # a government site's menus: 搜尋目錄 / 語言目錄 / 流動式目錄
    r"|^(?:帐号|账号|用户名|密码)\s*:|忘记密码|(?:其它|其他)(?:登入|登录)"  # a login box (帳號： / 密碼： 忘記密碼)
    # an e-paper's page list (01 要闻, A03 城区) and its archive calendar (2025年03月 / 日 一 二 三 四 五 六)
    r"|^第\s*\d+\s*页\s*[,，/、]?\s*共\s*\d+\s*页$|^共\s*\d+\s*页\s*[,，/、]?\s*第\s*\d+\s*页$"  # a printout's page
    r"|^[\[【]?\s*(?:第\s*\d+\s*页\s*){2,}[\]】]?$"  # 【 第1頁 第2頁 第3頁 】: a long article's page links
    r"|^(?:[A-Z]\d{1,2}|0\d)\s*[\u4e00-\u9fff]{2,6}$|^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月$|^日(?:\s+[一二三四五六]){6}$"
)
SHARE = re.compile(
    r"^[—\-\s]*分享[—\-\s]*$|分享到|分享至|扫一扫|微信扫|扫描二维码|扫码|长按识别|长按二维码|阅读原文|预览时标签不可点"
    r"|点击查看大图|视频加载中|^原创\s*$|^original$|^分享\S{0,10}$|^查看原文$"
    r"|^#[^#\s]{1,20}$|^\d+\s*个$"  # a WeChat collection's tag and its count, each on its own line
    r"|^(?:点赞|赞|在看|转发|收藏)(?:\s+(?:点赞|赞|在看|转发|收藏|分享))*$"
    # the comment box under the text: 评论一下 / 评论 0人参与,0条评论 / 还没有评论,快来抢沙发吧! / 请登录:
    r"|^(?:评论一下|我要评论|发表评论|最热评论|最新评论|热门评论|网友评论|全部评论|精彩评论|请登录|请您留言|查看所有评论)"
    r"\s*:?\s*$"
    # its login: 登录名 / 密 码 / 不是…会员，欢迎注册
    r"|^(?:登录名|用户名|密\s*码)\s*:?\s*$|^不是\S{1,10}会员\W{0,2}欢迎注册"
    r"|^(?:评论\s*|已有\s*|共有\s*)?\d+\s*(?:人参与|条评论)|^(?:还没有评论|暂无评论|快来抢沙发)|^以下留言只代表网友个人观点"
    # a WeChat article's read count and its listen button: 阅读 1.2万, 阅读 10万+, 听全文
    r"|^阅读\s*[0-9.]+\s*万?\+?$|^(?:听全文|收听本文|朗读本文|大字阅读)$"
    r"|^(?:我?知道了|使用小程序|使用完整服务|取消|允许)$"  # the dialog WeChat opens over a copied article
    r"|^(?:语音播报|语音阅读|语音朗读|点击播报|播报|人工智能朗读)\s*:?$"  # a page's read-aloud button
    # a counter whose number was not copied (点击次数：), the page's own address (本文地址：http://…)
    r"|^(?:点击次数|点击数|浏览次数|阅读次数|访问次数|访问量|浏览量)\s*:?\s*$"
    r"|^(?:网址|地址|本文地址|原文地址|文章地址|本文链接|原文链接)\s*:\s*https?://\S+$"
    # 本篇文章541字，读完约1分钟 / 全文约2300字，阅读约需5分钟: how long the page takes to read
    r"|^(?:本篇文章|本文|全文)(?:共|约)?\s*\d+\s*字(?:\W{0,2}(?:读完|阅读)\S{0,4}\d+\s*分钟)?\W?$"
    r"|^(?:预计)?(?:读完|阅读)(?:本文)?(?:约|大约)?需?(?:要)?(?:时间)?\s*:?\s*(?:约|大约)?\s*\d+\s*分钟\W?$"
    r"|^(?:(?:收藏|评论|点赞|分享|转发|赞|在看)\s*[(（]\s*\d+\s*[)）]\s*)+$"  # 收藏(0) 评论(0) 点赞(12)
    # a WeChat article's frame: its collection tag, the prompts around and under it
    r"|^收录于(?:合集|话题)|^#\S{1,20}\s*\d+\s*个$|^\W{0,3}点击(?:上方|下方)?(?:蓝字|关注)|喜欢此内容的人还喜欢|(?:继续|向上)滑动看下一个"
    r"|^轻触阅读原文$|^写留言$|^留言$|^(?:点击)?(?:查看|阅读)全文$"
    r"|^(?:热门|最新|网友)?跟贴(?:\s*\d+\s*(?:条|人参与))?$"  # a portal's comment box (网易's 跟贴)
    # a forum thread's counters and reply box: 查看: 512|回复: 0, 您需要登录后才可以回帖, 使用 高级模式(…)
    r"|^查看\s*:\s*\d+\s*\|\s*回复\s*:\s*\d+$|^您需要登录后才可以回帖|^使用\s*高级模式|^当他人从你分享的链接访问本页面时"
)
# A portal's top bar: its clock (今天是…), the weather (晴 12~20℃), its welcome (欢迎访问云湖区人民政府网站)
PAGE_GREETING = re.compile(
    r"^\s*(?:今天是|今日是|欢迎(?:访问|光临|来到)\S{0,24}(?:网站|网|平台|门户)\s*[!！]?\s*$)"
    r"|^\s*(?:[晴阴雨雪云雾霾多少转间小中大暴阵雷]{1,8}\s*)?-?\d{1,2}\s*(?:℃|°C?)?\s*[~～\-—至/]\s*-?\d{1,2}\s*(?:℃|°C?)[^。，,]{0,12}$"
)
TITLE_LIST_LABELS = frozenset(("标题导航", "本版标题", "本版导读"))
# <p> 标题 </p> /enpproperty-->: a page's markup or template comment left in the copied text
MARKUP = re.compile(
    r"</?(?:p|div|span|br|a|img|image|table|tr|td|li|ul|font|strong|b)\b[^<>]{0,80}>|-->|<!--|enpproperty")
WIDGET = re.compile(r"^[\[【(（]\s*(?:打印|关闭|收藏|复制链接|字体|字号|大|中|小|返回顶部|关闭窗口|打印本页)")
# 打印本页 返回, 列印本页　　返回: the same buttons printed bare
BARE_WIDGETS = re.compile(
    r"^(?:(?:打印本页|打印此页|打印此文|打印本文|打印全文|打印|列印本页|列印此页|列印|关闭窗口|关闭本页|关闭此页|关闭\s*[×x]|关闭|[×]|返回顶部|返回页首|返回列表|返回|收藏本页|收藏|复制链接|分享|举报|反馈)"
    r"[\s|/·]*)+$"
)
# 作者: 来源: / 号: 词:: a form's fields left empty (two or more labels and nothing else)
EMPTY_FIELDS = re.compile(r"^(?:[\u4e00-\u9fff]{1,6}\s*:\s*){2,}$")
# 责任编辑 王某, 本 期 编 辑 王某: an editor's credit printed without its colon (each character may be spaced out)
_UNCOLONED_LABELS = (
    "责任编辑 本期编辑 值班编辑 网络编辑 文字编辑 编辑 责编 审核 审校 校对 初审 复审 终审 主编 监制 统筹".split()  # noqa: SIM905
)
# (no name is a common word: 统筹 城乡 融合发展, 编辑 手记 are a subhead's words — webpage.py asks that)
CREDIT_WITHOUT_COLON = re.compile(
    r"^(?:" + "|".join(" ?".join(label) for label in _UNCOLONED_LABELS) + r")\s+"
    r"(?P<name>[\u4e00-\u9fff·]{2,4}(?:[\s、]+[\u4e00-\u9fff·]{2,4}){0,2})$"
)


def uncoloned_credit(line: str) -> re.Match[str] | None:
    credit = CREDIT_WITHOUT_COLON.match(line)
    return None if credit is None or any(is_common_word(name) for name in credit.group("name").split()) else credit


# (完), -完-, 【完】: a press release's end mark; 香港时间18时05分: its time of issue
END_MARK = re.compile(r"^[\s(\[【（—\-]*完[\s)\]】）—\-]*$")
TIME_LINE = re.compile(r"^[\u4e00-\u9fff]{0,6}时间\s*\d{1,2}\s*[时:]\s*\d{1,2}\s*分?$")
# 某某特别行政区政府 新闻公报, 某某区人民政府门户网站: the publisher's name over the headline
# …and a column after it: 云湖区人民政府门户网站 — 政务要闻, 某某新闻网 | 区县动态
PUBLISHER = re.compile(
    r"(?:新闻公报|新闻稿|政府新闻网|新闻网|数字报纸?|电子版|电子报|门户网站|入口网站|全球资讯网|资讯网|政府网|官方网站|融媒体中心|政务公开|客户端)"
    r"(?:\s*[—–\-|｜>＞·•]+\s*[\u4e00-\u9fff]{2,10})?$"
)
# 【我要纠错】【打印本页】 [关闭]: a line of bracketed buttons and nothing else
# 【打印本页】【关闭窗口】, 【纠错】: buttons (one bracket alone of six or more is a headline: 【政协年中工作会议】)
# …and one whose line was cut after the bracket before it (】 【打 印】: the copy began inside a button)
BUTTONS = re.compile(
    r"^(?:\s*[\[【]\s*[^\[\]【】]{1,8}\s*[\]】]\s*){2,}$|^\s*(?:[\]】]\s*)?[\[【]\s*[^\[\]【】]{1,5}\s*[\]】]\s*$")
FOOTER = re.compile(
    r"版权所有|copyright|©|all rights reserved|icp备|icp证|公网安备|网安备|主办单位\s*:|承办单位\s*:|技术支持\s*:"
    r"|^(?:指导|建设|运营|运维|维护|制作)单位\s*:"
    r"|主办\s*:.{1,40}承办\s*:"  # 主办：某区政府办公室 承办：某中心 — a site's footer (an event prints them apart)
    r"|联系电话\s*:|^(?:电话|传真)\s*:\s*[\d(+]|^(?:电子)?邮箱\s*:\s*\S+@|^(?:e-?mail)\s*:"
    r"|^[\u4e00-\u9fff][\u4e00-\u9fff ]{1,16}\s(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$"
    r"|^[(（][^()（）]{0,30}电话\s*:\s*[\d(+]"  # (撰稿：某某，電話：02-…): who wrote the release, how to reach them
    r"|联络电话\s*:|^(?:新闻)?(?:联络|联系)人\s*:|联系我们|^地址\s*:.{1,40}(?:邮编|邮政编码)|^(?:邮编|邮政编码)\s*:\s*\d{6}\b|网站地图|网站标识码|建议使用[^。]{0,40}浏览器|最佳浏览效果|请至\S{0,12}官网下载|分辨率|未经\S{0,6}(?:授权|许可)\S{0,6}(?:转载|使用|复制)"
    r"|违法和不良信息举报|举报电话|举报邮箱|留言板|网友评论|发表评论|我要评论|查看评论|查看留言|评论仅代表|仅代表个人看法"
    r"|国内统一(?:连续出版物号|刊号)|^cn\s*\S{2}-\d{4}|免责声明|请输入验证码|验证码\s*:|^\d+\s*条评论$|^\*?正文\s*:$|暂无\S{0,4}评论|看不清.{0,2}换一张|预览结束|免费获取全文|查看全文请|不代表本(?:网|站|平台|号)\S{0,2}(?:观点|立场)|广告服务|^[·•]?\s*广告$|关于我们|本站声明|转载请(?:注明|附上|保留|标明)|如有侵权|版权归原作者|联系删除"
    r"|^版权(?:声明|宣告|申明)\s*:"  # (a repost site's notice, 版權宣告：本文源自…)
    # a government site's badges and its publisher: 我为政府网站找错, 党政机关, 网站支持IPv6, 本网站由…主办
    r"|政府网站找错|网站纠错|^党政机关$|支持ipv6|^本?网站由\S{2,30}(?:主办|承办|维护|管理)"
    r"|^您是(?:本站|本网)?第\s*[\d,]+\s*位(?:访客|访问者|浏览者)"  # a site's visitor counter
    # an aggregator's notices under a reposted article (搜狐, 网易, 百家号)
    r"|平台声明|仅代表作者本人|信息存储空间服务|^本文来自\S{1,12}号$|^返回\S{1,6}[,，]\s*查看更多$"
    # a bulletin's or a 公文's distribution at its end: 报：区委办 / 送：… / 抄送：… / （共印20份）
    r"|^(?:报|送|抄送|抄报|分送|发)\s*:\s*\S|^[(（]?\s*共印\s*\d+\s*份\s*[)）]?$|\d{1,2}\s*日\s*印发$"
    r"|^[(（]\s*此件\S{0,2}(?:公开发布|主动公开|不予?公开|依申请公开)\s*[)）]$"  # a 公文's note on its release
)
PROMO = re.compile(
    r"更多资讯请|更多内容请|更多精彩|欢迎关注|扫码关注|点击关注|关注\S{0,12}公众号|\S{0,12}公众号\s*[:)]|下载\S{0,8}客户端"
    # 打开湖城融媒APP，阅读体验更佳 / 打开APP / 客户端内查看: an app's invitation
    r"|打开\S{0,10}(?:app|客户端)|(?:app|客户端)内\S{0,4}(?:阅读|查看|打开)|阅读体验更佳"
    r"|^打开\S{1,10}\s*查看\S{0,6}(?:图片|视频|内容)$"  # 打开网易新闻 查看精彩图片: a photo left as an app's invitation
    r"|点击\S{0,3}[👉👇☞]|[👉☞]\s*\S{1,20}\s*👈"  # 请点击👉 abc777 👈联系…: a call to act
    r"|请点赞|点个赞|点赞[↓👇]|点个在看|分享给更多|转发给更多|一键三连|觉得不错"  # (…获总理3次点赞 is a headline)
    # 澎湃新闻报料：021-…, 新闻热线: a newsroom's tip line under the article
    r"|(?:报料|爆料|新闻热线|投稿邮箱|投稿电话|投稿信箱)\s*(?:电话|邮箱)?\s*:"
    # 招标网服务号 微信公众平台: a site's accounts and apps side by side
    r"|^(?:\S{0,8}(?:服务号|订阅号|公众号|公众平台|客户端|app下载|app|小程序|视频号)\s*){2,}$"
    r"|^[\u4e00-\u9fff]{2,12}公众号$|扫描\S{0,6}二维码|关注\S{0,12}官方(?:微信|微博|账号)"  # 新浪新闻公众号
    r"|关注\S{0,12}(?:微信|微博|抖音|视频号)$|^打开\S{1,10}[,，]\s*参与(?:评论|互动|讨论)$"  # 看…新闻，关注…微信
)
# A page's banners and notices over the article, whatever their length: a cookie or privacy consent, an old-browser
# warning, a forum's sign-up prompt, the site offered in other languages (a line in kana, "Your browser…"), the app's
# icon and its 下载 button, the notice to adults before a news page (需满18岁方可浏览, 网站分级)
# 特别声明：以上内容…为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。: a sentence, yet the platform's
PLATFORM_NOTICE = re.compile(r"^特别声明\s*:\s*以上内容|仅提供信息存储服务")
BANNER = re.compile(
    # (a consent where the site speaks to its reader: 本网站, 我们, 您 — not news of an app that forces one)
    r"^(?=.{0,120}(?:同意|接受))(?=.{0,120}(?:本网站|本站|本社|我们|您)).{0,120}(?:cookie|隐私权?(?:政策|声明|规范|条款))"
    r"|(?:更新|升级|更换)您?的?浏览器|浏览器(?:的)?版本(?:较旧|过旧|过低|太旧|太低)|不支[援持]\S{0,8}浏览器"
    r"|^如有问题\W{0,2}欢迎(?:电邮|来信|致电)"  # 抱歉，我們並不支援你正使用的瀏覽器。/ 如有問題，歡迎電郵至…
    r"|" + PLATFORM_NOTICE.pattern +
    r"|^马上注册|立即注册$|没有(?:账号|帐号)|才(?:可以|能)(?:下载|查看|浏览)(?:或(?:下载|查看|浏览))?\W{0,2}(?:没有|$)"
    r"|^your browser|would you like to go to|[\u3040-\u309f\u30a0-\u30ff]{3}|\bapp\s*icon|^(?:下载|下载app|立即下载)$"
    r"|^这?已经是(?:最后|第)一[期页篇版条]了?[哦啊呢]?\W{0,2}$"  # a reader app's toast at the last issue
    r"|^[【\[(（]?投稿.{0,24}(?:私信|邮箱|qq|@|#|微信)"  # 【投稿、合作请私信或发…@…】, whatever mark ends it
    r"|^限制级$|需满\s*18\s*岁|内容分级处理办法|网站分级|^我已年满\s*18\s*岁\W*(?:进入)*$|^未满\s*18\s*岁\W*$|不同意本条款"
    # the browser it wants: 为达最佳浏览效果，建议使用 Chrome…
    r"|最佳浏览(?:效果|体验)|建议(?:您)?使用\s*(?:chrome|firefox|ie\d*|edge|microsoft|谷歌|火狐)"
    # a hijacked mirror's keyword stuffing over the article (two markers: 一区二区三区 alone can be a plan's zones)
    r"|(?=.*(?:一区二区|国产(?:成人)?精品)).*(?:在线|观看|影院|无码|日韩|欧美|亚洲)"
    r"|^订阅.{0,30}https?://"  # 訂閱新聞局Telegram頻道：https://t.me/…，即時接收最新消息。
)
# Please Press Ctrl + P…, If your browser is IE6…: a Chinese page's chrome in English, four words or more
ENGLISH_CHROME = re.compile(r"[a-z]{2,}(?:[\s,]+[a-z]{2,}){3,}", re.IGNORECASE)
IMAGE = re.compile(
    r"^!\[.*\]\(.*\)$|^(?:图像|图片|image|img|photo)$|^[^。！？，]{1,80}\.(?:jpe?g|png|gif|bmp|webp)$"
    # 附件： / 1.周末窗口事项清单.xlsx: a page's attachments, named by their files
    r"|^(?:相关)?附件\s*\d*\s*[:：]?$|^(?:网络图片?|资料图片?|图片来自网络|图源网络)$|^(?:附件\s*\d*\s*[:：]?\s*)?(?:\d{1,2}\s*[.、．]\s*)?\S{1,80}\.(?:docx?|xlsx?|pdf|zip|rar|wps|et|ofd|pptx?)$"
)
SUMMARY = re.compile(
    r"^(?:文章简介|内容简介|内容提要|提要|关键词|关键字|标签|tags|原标题)\s*:"
    # a journal paper's keywords and catalogue numbers: [关键词]…, [中图分类号] D267 [文献标识码] A, DOI:
    r"|^[\[【]\s*(?:关\s*键\s*词|关键字|中图分类号|文献标识码|文章编号)\s*[\]】]|^(?:中图分类号|文献标识码|文章编号|doi)\s*:"
)
# 青石行政学刊 2023年12期: the journal and issue a paper was printed in (the source)
JOURNAL_ISSUE = re.compile(r"^《?(?P<journal>[\u4e00-\u9fff]{2,16})》?\s*(?:19|20)\d{2}\s*年\s*(?:第\s*)?\d{1,2}\s*期$")
# (3上一篇: a counter's digit left on it; 上篇：… with its colon)
ADJACENT = re.compile(r"^\d{0,3}\s*(?:上一篇|下一篇|上一条|下一条|[上下]篇(?=\s*:))\s*[:>]?"
                      r"|^.{0,12}?上一篇\s*:.{1,80}?下一篇\s*:")  # (下面请看详细内容…上一篇:… | 下一篇:…)
# "相关新闻", "社会新闻精选：", "相关评论>>", "往下看更多文章": a list of other articles follows.
RELATED = re.compile(
    r"^[【\[]?(?:[\u4e00-\u9fff]{0,6}(?:新闻|资讯|文章)推荐[】\]]?$)"  # 【今日熱點新聞推薦】
    r"|^(?:相关(?:新闻|阅读|文章|报道|评论|专题|推荐|链接|网站)|友情链接|推荐阅读|热点推荐|热门推荐|新闻推荐|精彩推荐|精彩图片|猜你喜欢|为你推荐|更多(?:新闻|阅读|文章|报道)"
    r"|往下看更多文章|往期推荐|往期回顾|往期精彩|看更多|查看更多|本版其他文章|本版面?所有文章|本版文章|其他文章|本期导读|热门文章|最新文章|(?:推荐|热点|精选|延伸)(?:文章|阅读|新闻|资讯)|阅读排行|点击排行|热点新闻|热门新闻|图片新闻|热点图片|热门图片|精彩专题|最新专题|热点专题|[\u4e00-\u9fff]{0,6}(?:新闻|资讯)精选"
    r"|更多)\s*[:>»]*\s*$"
    r"|^\S{1,10}>>\s*$"
    r"|^(?:[日周月总年]?点击排行\s*){2,}$"  # 日点击排行 周点击排行 月点击排行: the tabs over a ranking
)
# Event information boxes (时间/地点/人物) are article content, never page metadata.
# …and a programme's: who the guest is, what and when (single.py's headline test reads them too)
PROGRAMME_LABELS = "节目名称|播出时间|上线嘉宾|访谈嘉宾|做客嘉宾|本期嘉宾|访谈对象|访谈主题|访谈时间"
INFO_LABEL = re.compile(
    rf"^(?:时\s*间|地\s*点|内\s*容|主\s*持\s*人?|出席人员|人\s*物|话\s*题|嘉\s*宾|主\s*题|{PROGRAMME_LABELS})\s*[:\s]"
)
OUTLET = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,8}(?:网|报|社|台|发布|融媒|融媒体中心|新闻|客户端)|[\u4e00-\u9fff]{1,8}传媒|[\u4e00-\u9fff]新闻)$"
)
CREDIT_IN_SOURCE = re.compile(r"\s+(?:本报)?(?:记者|通讯员)\s*(?P<name>[\u4e00-\u9fff]{2,4})(?:\s.*)?$")
ISSUING_OFFICE = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:办公室|政府|委员会|管理局|局|委|办|中心|部|厅|处)$")
SITE_HEADER = re.compile(r"^(?P<site>[\u4e00-\u9fff]{2,10}网)(?:\s*[-—_|·]\s*\S.{0,30})?$")


# 2022-09-30 1 1 淮安日报 content_195633.html 1 3 <the headline> /enpproperty-->: an e-paper system's record of the
# article (its date, its paper) left as text where the page's markup was stripped
CMS_RECORD = re.compile(r"/?enpproperty\s*-->\s*$")
_PAPER_NAME = re.compile(
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,8}(?:日报|晚报|时报|商报|都市报|早报)(?![\u4e00-\u9fff])")


def cms_record(text: str) -> tuple[str | None, str | None, str | None]:
    """The date (ISO and as printed) and the paper an e-paper system's record names."""
    dated = full_date(text)
    paper = _PAPER_NAME.search(text)
    return (dated[0] if dated else None), (dated[1] if dated else None), (paper.group() if paper else None)


# 青石街道工作信息 / 第12期: a bulletin's name over its issue number
MASTHEAD = re.compile(
    r"^[\u4e00-\u9fff“”]{0,16}(?:简报|工作简报|工作信息|信息专报|政务信息|工作动态|快报|专报|要情|通讯|周报|月报|信息)$"
)
MASTHEAD_WITH_ISSUE = re.compile(
    MASTHEAD.pattern.rstrip("$")
    + r"\s*[(（]?\s*(?:(?:19|20)\d{2}\s*年\s*)?第\s*[0-9一二三四五六七八九十百]+\s*期\s*[)）]?"
    r"(?:\s*[(（]\s*总第\s*\d+\s*期\s*[)）])?$"
)
# 云湖区住房和城乡建设委员会文件 / 云住建发〔2025〕12号: a 公文's red header over its number
RED_HEADER = re.compile(r"^(?P<issuer>[\u4e00-\u9fff]{4,40}?)\s*文件$")
DOCUMENT_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,12}\s*[〔\[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*\d{1,4}\s*号$")
DOMAIN = re.compile(r"^[a-z][a-z0-9\-]{1,20}\.(?:com|cn|net|org)(?:\.cn)?$")  # 来源：CCTV.com names its site
CMS_ACCOUNT = re.compile(r"^(?:超级|系统|网站|后台)?管理员\d*$|^admin(?:istrator)?\d*$|^系统$")
