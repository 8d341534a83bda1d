"""The Qt-free diagnosis core: causes, evidence, rules, findings, plan and session."""
