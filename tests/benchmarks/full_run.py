"""Child process of the responsiveness and memory benchmarks: a full run of the real app.

``python -m tests.benchmarks.full_run CONFIG.pickle OUT_FOLDER DNS_DELAY_S`` starts ``run_app``
with its endpoints replaced by the pickled loopback config. Once the first page is painted and
the app has set up the rest, it
loads a full three-device session, then a 1 ms heartbeat timer runs: first on the idle window
(the baseline), then while the whole check suite runs SUITES times (started by ticking the
welcome page's agreement, as a person would) and the session model recomputes the diagnosis
on a stream of answer changes. Then, for the same devices with nothing answered yet, the
"What matters next" page chooses NEXT_QUESTIONS questions in turn (each left unanswered), with
the heartbeat running. Then the plan is saved as PDF through the plan view, the window
closes, and one JSON line reports the longest gaps and the peak RSS of the whole run.
"""

from __future__ import annotations

import itertools
import json
import os
import pickle
import sys
import time
from pathlib import Path
from unittest import mock

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from imsync_gui.gui import app as gui_app
from imsync_gui.model.answers import Answer
from imsync_gui.model.enums import QuestionKind
from imsync_gui.model.session import Session
from imsync_gui.report.exports import ExportFormat
from tests.benchmarks.first_paint import FirstPaint, peak_rss_kib, the_wizard
from tests.benchmarks.loopback import assert_loopback, loopback_only
from tests.benchmarks.sessions import QUESTIONS, T0, household

IDLE_MS = 1000
SUITES = 3
ANSWER_EVERY_MS = 10
AUTOSAVE_SETTLE_MS = 400
GIVE_UP_MS = 90_000
NEXT_QUESTIONS = 5


class Heartbeat(QObject):
    """A 1 ms precise timer; ``longest_gap()`` is the longest time between two beats."""

    def __init__(self) -> None:
        super().__init__()
        self.beats: list[float] = []
        self._timer = QTimer(self, interval=1, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(lambda: self.beats.append(time.perf_counter()))

    def run(self) -> None:
        self.beats.clear()
        self._timer.start()

    def lap(self) -> float:
        """The longest gap in seconds since the start or the last lap."""
        gap = max(b - a for a, b in itertools.pairwise(self.beats))
        del self.beats[:-1]
        return gap

    def stop(self) -> float:
        """Stop and return the longest gap in seconds since the start or the last lap."""
        self._timer.stop()
        return self.lap()


class FullRun(QObject):
    """Drives the wizard through the scenario once its first page is painted and it is set up."""

    def __init__(self, app: QApplication, out: Path) -> None:
        super().__init__()
        self._app = app
        self._out = out
        self.probe = FirstPaint(self.start)
        self.figures: dict[str, float] = {}
        self._heart = Heartbeat()
        self._answers = QTimer(self, interval=ANSWER_EVERY_MS)
        self._answers.timeout.connect(self._change_an_answer)
        self._toggles = itertools.count()
        self._suites = 0
        self._choices = 0

    def start(self) -> None:
        self._app.removeEventFilter(self.probe)
        self.wizard = the_wizard(self._app)
        if self.wizard.is_attached():
            self._load_household()
        else:  # the app sets up everything but the welcome page right after the first paint
            self.wizard.ready.connect(self._load_household, Qt.ConnectionType.QueuedConnection)

    def _load_household(self) -> None:
        self.wizard.model.replace_session(household(3))
        self._yes_no = [
            (q.id, d.id)
            for q in QUESTIONS
            if q.kind is QuestionKind.YES_NO
            for d in self.wizard.model.session.devices
            if not q.per_device or d.kind in q.devices
        ]
        self._heart.run()
        QTimer.singleShot(IDLE_MS, self._busy)

    def _busy(self) -> None:
        self.figures["idle_gap_s"] = self._heart.stop()
        self.wizard.service.all_finished.connect(self._suite_done)
        self._heart.run()
        self._answers.start()
        self.wizard.welcome.run_checks.setChecked(True)  # starts every check

    def _change_an_answer(self) -> None:
        turn = next(self._toggles)
        question, device = self._yes_no[turn % len(self._yes_no)]
        value = "yes" if (turn // len(self._yes_no)) % 2 else "no"
        self.wizard.model.set_answer(Answer(question, value, T0, device))

    def _suite_done(self) -> None:
        self._suites += 1
        self.figures[f"suite_{self._suites}_gap_s"] = self._heart.lap()
        if self._suites < SUITES:
            self.wizard.service.run_all()
            return
        self._answers.stop()
        QTimer.singleShot(AUTOSAVE_SETTLE_MS, self._choose_questions)

    def _choose_questions(self) -> None:
        settle = self._heart.stop()
        suites = [self.figures[f"suite_{n}_gap_s"] for n in range(1, SUITES + 1)]
        self.figures["busy_gap_s"] = max(settle, *suites)
        self.figures["answer_changes"] = next(self._toggles)
        self.figures["checks_recorded"] = len(self.wizard.model.session.checks)
        self._household = self.wizard.model.session
        self.wizard.model.replace_session(Session(devices=list(self._household.devices)))
        page = self.wizard.pages.next_question
        page.chosen.connect(self._chosen)
        self._heart.run()
        page.initializePage()

    def _chosen(self) -> None:
        page = self.wizard.pages.next_question
        self._choices += 1
        if self._choices < NEXT_QUESTIONS and not page.plan_offered:
            page.validatePage()  # Next, the question left unanswered
            return
        self.figures["next_question_gap_s"] = self._heart.stop()
        self.figures["questions_chosen"] = self._choices
        self.wizard.model.replace_session(self._household)  # the plan of the whole household
        self._export()

    def _export(self) -> None:
        view = self.wizard.plan.view
        view.set_diagnosis(self.wizard.model.diagnosis, self.wizard.model.session)
        view.exported.connect(self._close)
        view.save_to(self._out / "plan.pdf", ExportFormat.PDF)

    def _close(self, path: Path) -> None:
        self.figures["pdf_bytes"] = path.stat().st_size
        self.wizard.close()


def main() -> None:
    config = assert_loopback(pickle.loads(Path(sys.argv[1]).read_bytes()))
    loopback_only(float(sys.argv[3]))
    app = QApplication(["imsync-gui"])
    run = FullRun(app, Path(sys.argv[2]))
    app.installEventFilter(run.probe)
    QTimer.singleShot(GIVE_UP_MS, lambda: os._exit(3))
    with mock.patch.object(gui_app, "load_config", lambda: config):
        code = gui_app.run_app(["imsync-gui"])
    print(
        json.dumps({**run.figures, "exit_code": code, "peak_rss_kib": peak_rss_kib()}), flush=True
    )


if __name__ == "__main__":
    main()
