"""The observable wrapper around the core Session: every change goes through here."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from imsync_gui.model.answers import Answer
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.devices import Device
from imsync_gui.model.diagnosis import Diagnosis, diagnose
from imsync_gui.model.read_self import fill_from_this_computer
from imsync_gui.model.recheck import Recheck, start_new_round
from imsync_gui.model.session import Session


class SessionModel(QObject):
    """Holds the one Session of the running app and tells observers when it changes.

    Pages read ``session`` and ``diagnosis`` and call the mutators; they keep no state of
    their own. Each mutator changes the Session, recomputes the diagnosis (cheap), then emits
    its specific signal (if it has one), ``diagnosis_changed`` and finally ``changed``.

    Except a check result: the checks of a suite often finish several in one turn of the event
    loop, and each diagnosis redraws every cause's banner. ``record_check`` only stores the
    result; the diagnosis is recomputed and the signals emitted once, on the next turn (or
    sooner: reading ``diagnosis`` always gives that of the session as it is now, and any other
    change, or ``settle()``, emits them at once).
    """

    changed = Signal()
    devices_changed = Signal()
    answers_changed = Signal()
    replaced = Signal()
    diagnosis_changed = Signal(object)

    def __init__(
        self,
        session: Session | None = None,
        parent: QObject | None = None,
        *,
        system_is_mac: bool = False,
    ) -> None:
        super().__init__(parent)
        self._session = session if session is not None else Session()
        self._diagnosis: Diagnosis | None = diagnose(self._session)
        """None until the check results recorded since are weighed (on reading it)."""
        self._unsaid = False
        """Check results were recorded that the observers have not heard of yet."""
        self._settle = QTimer(self, singleShot=True, interval=0)
        self._settle.timeout.connect(self.settle)
        self.system_is_mac = system_is_mac
        """The app runs on macOS, as the assembly read it (offers "the Mac I'm using now")."""

    @property
    def session(self) -> Session:
        """The live session (read it; change it only through this model)."""
        return self._session

    @property
    def diagnosis(self) -> Diagnosis:
        """The diagnosis of the session as it is now."""
        if self._diagnosis is None:
            self._diagnosis = diagnose(self._session)
        return self._diagnosis

    def set_answer(self, answer: Answer) -> None:
        """Record or replace one answer."""
        if self._session.answer(answer.question, answer.device) == answer:
            return
        self._session.set_answer(answer)
        self._after(self.answers_changed)

    def clear_answer(self, question: str, device: str | None = None) -> None:
        """Return a question to unanswered."""
        if self._session.answer(question, device) is None:
            return
        self._session.clear_answer(question, device)
        self._after(self.answers_changed)

    def put_device(self, device: Device) -> None:
        """Add a device or replace the one with the same id."""
        self._session.put_device(device)
        if fill_from_this_computer(self._session):
            self._after(self.devices_changed, self.answers_changed)
        else:
            self._after(self.devices_changed)

    def remove_device(self, device_id: str) -> None:
        """Forget a device and its answers."""
        self._session.remove_device(device_id)
        self._after(self.devices_changed)

    def record_check(self, result: CheckResult) -> None:
        """Store the latest result of one live check; unless it fills in answers, observers
        hear of it on the next turn of the event loop, with the other results of this one."""
        self._session.record_check(result)
        devices = list(self._session.devices)
        if not fill_from_this_computer(self._session):
            self._diagnosis = None
            self._unsaid = True
            self._settle.start()
        elif devices != self._session.devices:  # a version read: the device lists show it
            self._after(self.devices_changed, self.answers_changed)
        else:
            self._after(self.answers_changed)

    def set_step_done(self, fix_id: str, done: bool) -> None:
        """Tick or untick a fix step of the plan."""
        if (fix_id in self._session.done_steps) == done:
            return
        self._session.set_step_done(fix_id, done)
        self._after()

    def start_new_round(self) -> Recheck | None:
        """Keep the round so far in the history and start the next one ("check again"):
        answers the done steps could have changed are cleared to be asked again. None (and
        nothing changes) while the session holds nothing yet."""
        recheck = start_new_round(self._session)
        if recheck is not None:
            self._after(self.answers_changed)
        return recheck

    def replace_session(self, session: Session) -> None:
        """Swap in a whole session (resume, Open..., Start over)."""
        self._session = session
        self._after(self.replaced)

    def settle(self) -> None:
        """Tell the observers now of check results recorded since the last signals."""
        if self._unsaid:
            self._after()

    def _after(self, *specific: SignalInstance) -> None:
        self._settle.stop()  # these signals tell of the check results not told yet too
        self._unsaid = False
        self._diagnosis = diagnose(self._session)
        for signal in specific:
            signal.emit()
        self.diagnosis_changed.emit(self._diagnosis)
        self.changed.emit()
