"""同比增长: 增长/增加/比增/增幅/增速/下降/减少/负增长 X% (or N倍), alone or in a list (分别增长a%、b%和c%)."""

from __future__ import annotations

from jctrack.audit_forms.datafile import missing
from jctrack.audit_forms.finding import Finding, Found, Kind, Reason
from jctrack.audit_forms.inputs import ambiguous, base_for, last_year, of_year, subject_before, worked_back
from jctrack.audit_forms.interval import Num, percent_growth
from jctrack.audit_forms.site import Site
from jctrack.audit_forms.verdict import Stated, judge
from jctrack.decimals import HUNDRED
from jctrack.textread.document import Mention, Role, reference_said
from jctrack.textread.numbers import Form
from jctrack.textread.patterns import WINDOW, TextPattern
from jctrack.words.audit import AuditWord

GROWTH_WORDS = TextPattern(
    "growth words",
    r"(?P<list>分别)?(?:(?P<yoy>同比|比上年同期|比去年同期|比上年|比去年|较上年同期|较去年同期|较上年|较去年|与上年同期相比)|累计"
    r"|(?:比|较)(?P<year>(?:19|20)\d\d)年(?:同期)?)?(?P<list2>分别)?(?:名义|现价)?"
    r"(?P<word>负增长|增长|增加|下降|减少|降低|回落|下滑|比增|增幅(?:达到|达|为)?|增速(?:达到|达|为)?|上涨|提高|提升|上升|递增)了?(?:为|达)?$",
    window=WINDOW,
)
NEGATIVE = ("负增长", "下降", "减少", "降低", "回落", "下滑")
LOOSE = ("提高", "提升", "上升")  # growth only when what rises is an amount, not a share
# Growth on another basis than the nominal amounts printed: it cannot be recomputed from them.
OTHER_BASIS = TextPattern(
    "other basis",
    r"扣除价格因素|剔除价格因素|扣除物价因素|实际增长|按可比价格?|可比价格|按可比口径|可比口径|同口径|现价增长|不变价",
    window=WINDOW,
)
REAL_NAMES = ("增加值", "生产总值", "GDP")  # published at comparable prices


def judge_growth(site: Site) -> list[Finding] | None:
    token = site.token
    if token.form not in (Form.PERCENT, Form.TIMES):
        return None
    match = GROWTH_WORDS.search(site.left)
    if match is None:
        return None
    word = match.group("word")
    items = site.following(site.index, (token.form,)) if match.group("list") or match.group("list2") else [site.index]
    rate_name = site.rate_name(site.left[: match.start()])
    against = "" if match.group("yoy") else reference_said(site.left[: match.start()], site.when)
    if len(items) == 1:
        subject = subject_before(site.sentence, site.index, rate_name)
        if word.startswith(LOOSE) and (subject is None or _after_a_share(site)):
            return None
        named = int(match.group("year")) if match.group("year") else None
        if named is not None and subject is not None and subject.year != named + 1:
            # 比2015年增长X%: against that year's figure only, never last year's
            base = of_year(site.auditor, subject, site.index, named)  # printed, said before, or in the file
            if base is None:
                return [
                    site.unverifiable(
                        Kind.GROWTH, stated_growth(site, site.index, word), token.unit, Reason.of(AuditWord.NO_ENDPOINTS), subject
                    )
                ]
            return [_one(site, site.index, subject, word, base, since=named)]
        if subject is not None and (token.range_end or subject.token.range_end):
            return _ranged(site, subject, word, against)
        if subject is None and not rate_name:
            earlier = _in_the_sentence_before(site, against)
            if earlier is not None:
                return [_one(site, site.index, earlier[0], word, earlier[1], against=against)]
        return [_one(site, site.index, subject, word, against=against)]
    return _listed(site, items, word, against)


def _in_the_sentence_before(site: Site, against: str | None) -> tuple[Mention, Found] | None:
    """…215.6亿元，比上年增加26.3亿元。增幅达13.9%: a rate opening a sentence, of no amount named, is
    the growth of the last amount of the sentence before — when that one's base or change is printed
    there and no growth is said of it yet."""
    if any(mention is not None for mention in site.sentence.mentions[: site.index]):
        return None
    before = site.auditor.reader.previous
    if before is None or not before.mentions:
        return None
    last = len(before.tokens) - 1
    subject = subject_before(before, last + 1)
    if subject is None or subject.growth is not None or any(m is None for m in before.mentions[subject.index :]):
        return None  # a rate said after it in its own sentence, or the amount is not the last thing said
    base, _ = base_for(site.auditor, subject, last, against)
    if base is None or base[1] is AuditWord.FROM_TEXT or (isinstance(base[1], Reason) and base[1].key is AuditWord.FROM_DATA):
        return None
    return subject, base


def _ranged(site: Site, subject: Mention, word: str, against: str | None) -> list[Finding]:
    """预计32亿元至34亿元，增长12%-20%: each end of the rates against the same end of the amounts;
    a range against one figure (or one figure against a range) says nothing certain."""
    tokens = site.sentence.tokens
    rates = [site.index]
    if tokens[site.index].range_end == -1 and site.index + 1 < len(tokens) and tokens[site.index + 1].range_end == 1:
        rates.append(site.index + 1)
    low = site.sentence.mentions[subject.index - 1] if subject.token.range_end == 1 else None
    if len(rates) != 2 or low is None:
        reason = Reason.of(AuditWord.RANGE_UNPAIRED)
        return [site.unverifiable(Kind.GROWTH, stated_growth(site, i, word), tokens[i].unit, reason, subject, index=i) for i in rates]
    return [_one(site, rates[0], low, word, against=against), _one(site, rates[1], subject, word, against=against)]


def _after_a_share(site: Site) -> bool:
    """占比45%，提高3%: a share that rose, said loosely; not an amount's growth."""
    previous = site.sentence.tokens[site.index - 1] if site.index else None
    return previous is not None and previous.form is Form.PERCENT


def stated_growth(site: Site, index: int, word: str) -> Stated:
    token = site.sentence.tokens[index]
    return Stated.of(token, negative=word.startswith(NEGATIVE))


def basis_doubt(site: Site, index: int, subject: Mention | None) -> Reason | None:
    """A rate at comparable prices or on a comparable basis, said so or by what it is of."""
    token = site.sentence.tokens[index]
    start = site.sentence.start
    previous = site.sentence.tokens[index - 1].tail if index else start
    before = site.text[max(start, previous, token.lead - WINDOW) : token.lead]
    after = site.text[token.tail : min(site.sentence.clause_end(token.tail), token.tail + 16)]
    for words in (before, after):
        found = OTHER_BASIS.search(words)
        if found:
            return Reason.of(AuditWord.OTHER_BASIS, basis=found.group())
    if site.sentence.basis is not None and site.sentence.basis[0] < token.lead:
        return Reason.of(AuditWord.OTHER_BASIS, basis=site.sentence.basis[1])  # 按同口径计算，…增长X%
    clause = site.text[max(site.sentence.clause_start(token.lead), token.lead - WINDOW) : token.lead]
    # 一二三产业增加值分别完成A、B和C: what the figures are of is said before them
    named = site.text[max(start, subject.token.start - WINDOW) : subject.token.start] if subject else ""
    if any(real in words for words in (named, clause) for real in REAL_NAMES):
        return Reason.of(AuditWord.REAL_GROWTH)
    return None


def _one(
    site: Site,
    index: int,
    subject: Mention | None,
    word: str,
    base: Found | None = None,
    since: int | None = None,
    *,
    against: str | None = None,
) -> Finding:
    token = site.sentence.tokens[index]
    stated = stated_growth(site, index, word)
    unit = token.unit
    doubt = basis_doubt(site, index, subject)
    if doubt is not None:
        return site.unverifiable(Kind.GROWTH, stated, unit, doubt, subject, index=index)
    if subject is None:
        return site.unverifiable(Kind.GROWTH, stated, unit, Reason.of(AuditWord.NO_SUBJECT), index=index)
    if token.form is Form.PERCENT and subject.growth is None:
        subject.growth, subject.growth_token = stated.value, token
    why: Reason | None = None
    if base is None:
        base, why = base_for(site.auditor, subject, index, against)
    if base is None:
        reason = why or missing(site.auditor.data, AuditWord.NO_BASE)
        return site.unverifiable(Kind.GROWTH, stated, unit, reason, subject, index=index)
    value, source = base
    if not value.positive:
        return site.unverifiable(Kind.GROWTH, stated, unit, Reason.of(AuditWord.BASE_ZERO, base=value), subject, index=index)
    current = Num.of(subject, certain=subject.sentence is not site.sentence or not ambiguous(subject, index))
    growth = percent_growth(current, value)
    if token.form is Form.TIMES:
        growth = growth.scaled(1 / HUNDRED)
    if isinstance(source, Reason) and source.key is AuditWord.FROM_CHANGE_AGAINST:
        reason = Reason.of(AuditWord.GROWTH_AGAINST, current=current, base=value, source=source)  # 比年初增加X，增长Y%
    elif since is None:
        reason = Reason.of(AuditWord.GROWTH, current=current, base=value, source=source)
    else:
        reason = Reason.of(AuditWord.GROWTH_SINCE, current=current, base=value, year=since, source=source)
    return site.finding(Kind.GROWTH, stated, unit, judge(stated, growth, site.rounding), reason, subject, index=index, value=growth)


def _listed(site: Site, items: list[int], word: str, against: str | None) -> list[Finding]:
    """分别增长a%、b%和c%: the figures listed before, matched item by item, with their bases or changes
    listed after the rates (同比减少x起、y人) or between (比上年分别增加…，分别增长…; 上年分别为…)."""
    sentence = site.sentence
    subjects: list[Mention] = []
    for position in range(site.index - 1, max(-1, site.index - 12), -1):
        mention = sentence.mentions[position]
        if mention is None:
            if subjects:
                break
            continue
        if mention.role in (Role.ACTUAL, Role.TO, Role.TARGET):
            subjects.append(mention)
            if len(subjects) == len(items):
                break
        elif subjects:
            break
    subjects.reverse()
    if len(subjects) != len(items):
        reason = Reason.of(AuditWord.LIST_MISMATCH, stated=len(items), items=len(subjects))
        return [site.unverifiable(Kind.GROWTH, stated_growth(site, i, word), sentence.tokens[i].unit, reason, index=i) for i in items]
    references = _listed_references(site, subjects, items)
    found = []
    for position, (index, subject) in enumerate(zip(items, subjects, strict=True)):
        base: Found | None = None
        if references is not None:
            base = _listed_base(subject, references[position], against)
        if base is None and subject.name and not against:
            base, _ = last_year(site.auditor, subject, subject.token.unit)
        found.append(_one(site, index, subject, word, base) if base is not None else _one_without(site, index, subject, word))
    return found


def _listed_base(subject: Mention, reference: Mention, against: str | None) -> Found | None:
    value = reference.token.in_unit(subject.token.unit)
    if value is None:
        return None
    if reference.role is Role.BASE:
        return (Num.of(reference, value), AuditWord.FROM_SENTENCE) if not against else None
    if against is not None and reference.against != against:
        return None  # 比年初分别增加…，同比分别增长…: not the rates' base
    return worked_back(Num.of(subject), reference, value)


def _one_without(site: Site, index: int, subject: Mention, word: str) -> Finding:
    token = site.sentence.tokens[index]
    stated = stated_growth(site, index, word)
    doubt = basis_doubt(site, index, subject) or missing(site.auditor.data, AuditWord.NO_BASE)
    return site.unverifiable(Kind.GROWTH, stated, token.unit, doubt, subject, index=index)


def _listed_references(site: Site, subjects: list[Mention], items: list[int]) -> list[Mention] | None:
    """The bases or changes listed with the rates, one per rate: right after the rates, else between
    the amounts and the rates."""
    sentence = site.sentence
    after: list[Mention] = []
    for mention in sentence.mentions[items[-1] + 1 : items[-1] + 1 + len(items) + 2]:
        if mention is None or mention.role not in (Role.BASE, Role.DELTA):
            break
        after.append(mention)
    if len(after) == len(items):
        return after
    between = sentence.mentions[subjects[-1].index + 1 : items[0]]
    if len(between) == len(items) and all(m is not None and m.role in (Role.BASE, Role.DELTA) for m in between):
        return [m for m in between if m is not None]
    return None
