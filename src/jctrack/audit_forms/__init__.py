"""The forms a stated figure takes, one judge each.

A judge looks at the words before a stated figure; if they are its form, it finds the inputs and
returns the finding(s) — else None, and the next judge is asked. The order matters only where two
forms share words (序时进度 before 高于…; 完成…计划的 before 占…的). Adding a form is adding a judge
here, and its tests.
"""

from __future__ import annotations

from collections.abc import Callable

from jctrack.audit_forms.completion import judge_completion
from jctrack.audit_forms.contribution import judge_contribution, judge_pull
from jctrack.audit_forms.finding import Finding
from jctrack.audit_forms.growth import judge_growth
from jctrack.audit_forms.multiyear import judge_average_growth, judge_multiple, judge_two_year_average
from jctrack.audit_forms.rates import judge_rate
from jctrack.audit_forms.reference import judge_reference_gap
from jctrack.audit_forms.schedule import judge_printed_schedule, judge_schedule_gap
from jctrack.audit_forms.share import judge_share, judge_share_change
from jctrack.audit_forms.site import Site

Judge = Callable[[Site], list[Finding] | None]

JUDGES: list[Judge] = [
    judge_schedule_gap,  # 超序时进度X个百分点 (before 高于…: 高于序时进度 is a schedule)
    judge_printed_schedule,  # 序时进度91.7%
    judge_completion,  # 完成全年目标的X% (before 占…的: 占年度计划的 is a completion)
    judge_pull,  # 拉动…X个百分点
    judge_contribution,  # 贡献率X%
    judge_reference_gap,  # 高于全市X个百分点
    judge_share_change,  # 比重提高X个百分点
    judge_rate,  # 开工率X%
    judge_share,  # 占…的X%
    judge_two_year_average,  # 两年平均增长X% (before 年均, before 增长)
    judge_average_growth,  # 年均增长X%
    judge_multiple,  # 是…的N倍 (before 增长N倍)
    judge_growth,  # 增长X%
]
