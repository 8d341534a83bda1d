"""The Qt wizard: pages observe one SessionModel; a CheckService runs the live checks."""
