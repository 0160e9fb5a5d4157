"""The forms a stated figure takes, one judge each.

A judge looks at the words before a stated figure; if they are its form, it finds the inputs and
returns the finding(s) — else None, and the next judge is asked. The order matters only where two
forms share words (序时进度 before 高于…; 完成…计划的 before 占…的). Adding a form is adding a judge
here, and its tests.
"""

from __future__ import annotations

from collections.abc import Callable

from jctrack.audit_forms.completion import judge_completion
from jctrack.audit_forms.context import Site
from jctrack.audit_forms.core import Finding
from jctrack.audit_forms.growth import judge_growth
from jctrack.audit_forms.schedule import judge_printed_schedule, judge_schedule_gap
from jctrack.audit_forms.share import judge_share, judge_share_change

Judge = Callable[[Site], list[Finding] | None]

JUDGES: list[Judge] = [
    judge_schedule_gap,
    judge_printed_schedule,
    judge_completion,
    judge_share_change,
    judge_share,
    judge_growth,
]
