"""占比: 占…的X%, 占…比重(为/达)X%, 占比X%, 分别占…的a%、b%和c%, 合计占X%, with the whole printed in the
same or an earlier sentence; and a share's change, 比重提高/下降X个百分点, against the earlier share printed."""

from __future__ import annotations

from jctrack.audit_forms.finding import Finding, Found, Kind, Reason, Source
from jctrack.audit_forms.interval import Num, percent
from jctrack.audit_forms.site import Site
from jctrack.audit_forms.verdict import Stated, judge
from jctrack.audit_forms.wholes import total_before, total_named, total_said
from jctrack.textread.document import AMOUNT_MARK, SCOPES, STATED_MARK, Mention, Role, matching_key, read_name, words_before
from jctrack.textread.numbers import Form
from jctrack.textread.patterns import WINDOW, TextPattern
from jctrack.textread.said import related
from jctrack.words.audit import AuditWord

SHARE_WORDS = TextPattern(
    "share words",
    r"(?P<list>分别)?(?P<sum>合计|共计|总共|共|累计)?占(?P<whole>[^,，;:。占]{0,24}?)的?(?:比重|比例|份额)?(?:分别)?(?:为|是|达到|达)?$"
    r"|(?P<ratio>占比|比重|比例)(?:分别)?(?:为|是|达到|达)?$",
    window=WINDOW,
)
GENERIC_WHOLES = ("", "总数", "总额", "总量", "全部", "总体", "总", "合计", "总计", "全部投资", "全年", *SCOPES)
SHARE_FORMS = (Form.PERCENT, Form.TENTHS, Form.FRACTION)


def judge_share(site: Site) -> list[Finding] | None:
    token = site.token
    if token.form not in SHARE_FORMS or not any(word in site.left for word in ("占", "比重", "比例")):
        return None
    match = SHARE_WORDS.search(site.left)
    if match is None:
        return None
    items = site.following(site.index, SHARE_FORMS) if match.group("list") or "分别" in site.left[match.start() :] else [site.index]
    whole_words = (match.group("whole") or "").replace(STATED_MARK, "")
    for ending in ("比重", "比例", "份额"):  # 占全镇比重的47.4%: of 全镇
        whole_words = whole_words.removesuffix(ending).removesuffix("的")
    inline = AMOUNT_MARK in whole_words
    whole_name = read_name(whole_words.split(AMOUNT_MARK)[0]).name if whole_words else ""
    scope = next((word for word in ("全国", "全省", "全市", "全区", "全县", "全镇", "全乡") if whole_words.startswith(word)), "")
    prefix = site.left[: match.start()]
    if len(items) == 1:
        _remember(site, share_key(prefix, whole_words))
    parts = _parts(site, len(items), site.rate_name(prefix), summed=bool(match.group("sum")))
    found = []
    for position, index in enumerate(items):
        stated = _stated(site, index)
        if parts is None:
            reason = Reason.of(AuditWord.NO_SUBJECT) if len(items) == 1 else Reason.of(AuditWord.LIST_MISMATCH, stated=len(items), items=0)
            found.append(site.unverifiable(Kind.SHARE, stated, "%", reason, index=index))
            continue
        part, subject = parts[position]
        whole = _whole(site, subject, whole_name, scope, inline)
        if whole is None:
            label = whole_words.replace(AMOUNT_MARK, "")
            reason = Reason.of(AuditWord.NO_WHOLE, whole=label) if label else Reason.of(AuditWord.NO_WHOLE_UNNAMED)
            found.append(site.unverifiable(Kind.SHARE, stated, "%", reason, subject, index=index))
            continue
        value, source = whole
        share = percent(part, value)
        reason = Reason.of(AuditWord.SHARE, part=part, whole=value, source=source)
        found.append(site.finding(Kind.SHARE, stated, "%", judge(stated, share, site.rounding), reason, subject, index=index, value=share))
    return found


def share_key(prefix: str, whole_words: str) -> str:
    """A share as named, to find it again in another year: 服务业增加值占地区生产总值(的比重)."""
    part = read_name(prefix.split(AMOUNT_MARK)[-1].replace(STATED_MARK, "")).key
    return f"{part}/{read_name(whole_words.split(AMOUNT_MARK)[0]).key}" if part else ""


def _remember(site: Site, key: str) -> None:
    period = site.when.period
    if key and period is not None:
        site.auditor.shares[(key, period)] = Num.printed(site.token)


def _stated(site: Site, index: int) -> Stated:
    token = site.sentence.tokens[index]
    return Stated.of(token) if token.form is Form.PERCENT else Stated.share(token)


def _parts(site: Site, count: int, rate_name: str, summed: bool) -> list[tuple[Num, Mention]] | None:
    """The part of each share: the amount (or the listed amounts) before 占 — after 其中, when said."""
    sentence = site.sentence
    since = site.text.rfind("其中", max(sentence.start, site.token.lead - WINDOW), site.token.lead)
    subjects: list[Mention] = []
    for position in range(site.index - 1, max(-1, site.index - 12), -1):
        mention = sentence.mentions[position]
        if mention is None:
            if subjects:
                break
            continue
        if since != -1 and mention.token.start < since:
            break
        if mention.role in (Role.ACTUAL, Role.TO, Role.TARGET):
            if rate_name and not subjects and not (mention.key and related(matching_key(rate_name), mention.key)):
                return None
            subjects.append(mention)
            if len(subjects) == count and not summed:
                break
        elif mention.role is Role.WHOLE:
            continue
        elif subjects:
            break
    subjects.reverse()
    if summed and len(subjects) >= 2 and not _closes_the_clause(site, subjects[-1]):
        # A、B、C三项合计占X%: the part is their sum
        total = Num.of(subjects[0])
        for mention in subjects[1:]:
            value = mention.token.in_unit(subjects[0].token.unit)
            if value is None:
                return None
            total = total + Num.of(mention, value)
        return [(total.labelled("+".join(m.token.printed for m in subjects)), subjects[0])]
    if summed:
        subjects = subjects[-1:]
    if len(subjects) < count:
        return None
    subjects = subjects[-count:]
    return [(Num.of(mention), mention) for mention in subjects]


def _closes_the_clause(site: Site, mention: Mention) -> bool:
    """合计15亿元，占…: the sum is printed right before 占."""
    start = max(site.sentence.clause_start(mention.token.start), mention.token.start - WINDOW)
    return "合计" in site.text[start : mention.token.start]


def _whole(site: Site, part: Mention, name: str, scope: str, inline: bool) -> Found | None:
    auditor = site.auditor
    if inline:
        for position in range(site.index - 1, part.index, -1):
            mention = site.sentence.mentions[position]
            if mention is not None and mention.role in (Role.WHOLE, Role.TARGET):
                value = mention.token.in_unit(part.token.unit)
                if value is not None and value > 0:
                    return Num.of(mention, value), AuditWord.FROM_SENTENCE
    if name and name not in GENERIC_WHOLES:
        return total_named(auditor, matching_key(name), scope, part)
    return total_before(auditor, part) or total_said(auditor, part)


CHANGE_WORDS = TextPattern(
    "change in points words",
    r"(?P<cmp>比上年同期|较上年同期|比上年|较上年|比去年同期|较去年同期|比去年|较去年|同比|比年初|较年初|比上月|较上月|比上期|较上期"
    r"|(?:比|较)(?:(?:19|20)\d\d年|1-\d{1,2}月份?|上半年|一季度|前三季度)(?:同期)?)?(?:分别)?"
    r"(?P<dir>提高|上升|增加|提升|下降|降低|减少|回落|下滑|扩大|缩小|加快|放缓|回升|收窄|减缓)了?$",
    window=WINDOW,
)
YEAR_ON_YEAR = ("", "比上年同期", "较上年同期", "比上年", "较上年", "比去年同期", "较去年同期", "比去年", "较去年", "同比")
FALLING = ("下降", "降低", "减少", "回落", "下滑", "缩小", "放缓", "收窄", "减缓")
PREVIOUS_WORDS = TextPattern(
    "earlier share words",
    r"(?:(?:上年|去年)(?:同期)?|上期|上月|年初|比(?:上年|去年)(?:同期)?的?|较(?:上年|去年)(?:同期)?的?|由|从)"
    r"(?:增速|增幅|比重|占比)?(?:为|是|的)?\(?$",  # 上年同期增速为6.8%
    window=WINDOW,
)
NOW_WORDS = TextPattern("later share words", r"(?:提高|上升|增加|提升|下降|降低|减少|回落|扩大|缩小)(?:到|至)$", window=WINDOW)


def judge_share_change(site: Site) -> list[Finding] | None:
    token = site.token
    if token.form is not Form.POINTS:
        return None
    match = CHANGE_WORDS.search(site.left)
    if match is None:
        return None
    stated = Stated.of(token, negative=match.group("dir").startswith(FALLING))
    sentence = site.sentence
    now_index = _rate_before(site)
    if now_index is None:
        return [site.unverifiable(Kind.RATE_CHANGE, stated, "个百分点", Reason.of(AuditWord.NO_PREVIOUS))]
    judged = site.auditor.results.get(now_index)
    kind = Kind.RATE_CHANGE if judged is not None and judged.finding.kind in (Kind.GROWTH, Kind.TWO_YEAR_AVERAGE) else Kind.SHARE_CHANGE
    subject = judged.subject if judged is not None else None
    now = Num.printed(sentence.tokens[now_index])
    previous = _previous_rate(site, now_index)
    source: Source = AuditWord.FROM_SENTENCE
    if previous is None and (match.group("cmp") or "") in YEAR_ON_YEAR:
        previous, source = _previous_in_text(site, now_index), AuditWord.FROM_TEXT
    if previous is None:
        from_data = _previous_from_data(site, now_index)
        if from_data is None:
            return [site.unverifiable(kind, stated, "个百分点", Reason.of(AuditWord.NO_PREVIOUS), subject)]
        previous, source = from_data
    change = now - previous
    reason = Reason.of(AuditWord.SHARE_CHANGE, now=now, before=previous, source=source)
    return [site.finding(kind, stated, "个百分点", judge(stated, change, site.rounding), reason, subject, value=change)]


def _previous_in_text(site: Site, now_index: int) -> Num | None:
    """比重56.7%，比上年提高3.3个百分点, last year's 52.4% said earlier in the text under the same name."""
    words = words_before(site.text, site.sentence, now_index)
    share = SHARE_WORDS.search(words)
    period = site.sentence.whens[now_index].period
    if share is None or period is None:
        return None
    whole = (share.group("whole") or "").replace(STATED_MARK, "")
    for ending in ("比重", "比例", "份额"):
        whole = whole.removesuffix(ending).removesuffix("的")
    key = share_key(words[: share.start()], whole)
    return site.auditor.shares.get((key, period.same_period_last_year())) if key else None


def _rate_before(site: Site) -> int | None:
    """The rate whose change is stated: the percentage said just before (由Y%提高到Z%: Z)."""
    for position in range(site.index - 1, max(-1, site.index - 4), -1):
        token = site.sentence.tokens[position]
        if token.form is Form.PERCENT and not PREVIOUS_WORDS.search(words_before(site.text, site.sentence, position)):
            return position
    return None


def _previous_rate(site: Site, now_index: int) -> Num | None:
    """The earlier rate printed in the sentence: 上年为Y%, 比上年的Y%, (上年同期Y%), 由Y%提高到Z%."""
    sentence = site.sentence
    for position in range(max(0, now_index - 3), min(len(sentence.tokens), site.index + 4)):
        token = sentence.tokens[position]
        if position in (now_index, site.index) or token.form is not Form.PERCENT:
            continue
        if PREVIOUS_WORDS.search(words_before(site.text, sentence, position)):
            site.auditor.consume(position)
            return Num.printed(token)
    return None


def _previous_from_data(site: Site, now_index: int) -> Found | None:
    """A share kept in the data file (kind = ratio): its value a year earlier."""
    data = site.auditor.data
    period = site.sentence.whens[now_index].period
    if data is None or period is None:
        return None
    words = words_before(site.text, site.sentence, now_index)
    share = SHARE_WORDS.search(words)
    name = read_name(words[: share.start()] if share else words).name
    return data.earlier_ratio((name + "占比", name + "比重", name), period) if name else None
